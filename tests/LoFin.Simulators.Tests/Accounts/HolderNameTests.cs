using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Tests.Accounts;

public sealed class HolderNameTests
{
    [Theory]
    [InlineData("김철수", "김*수")]
    [InlineData("남궁민수", "남**수")]
    [InlineData("이수", "이*")]
    [InlineData("김", "김")]
    [InlineData("(주)한빛건설", "(주)한**설")]
    [InlineData("주식회사 한빛건설", "주식회사 한**설")]
    [InlineData("한빛건설(주)", "한**설(주)")]
    public void Mask_WhenName_KeepsFirstAndLastOfCore(string name, string expected)
    {
        Assert.Equal(expected, HolderName.Mask(name));
    }

    [Theory]
    [InlineData("(주)한빛건설", "주식회사 한빛건설")]
    [InlineData("(주)한빛건설", "㈜한빛건설")]
    [InlineData("(주)한빛건설", "한빛건설(주)")]
    [InlineData("한빛 건설", "한빛건설")]
    [InlineData("LoFin Tech", "lofin tech")]
    public void Matches_WhenOnlyLegalFormSpacingOrCaseDiffer_IsTrue(string bank, string presented)
    {
        Assert.True(HolderName.Matches(bank, presented));
    }

    [Theory]
    [InlineData("김철수", "김철호")]
    [InlineData("(주)한빛건설", "(주)한빛종합건설")]
    public void Matches_WhenNameDiffers_IsFalse(string bank, string presented)
    {
        Assert.False(HolderName.Matches(bank, presented));
    }
}
