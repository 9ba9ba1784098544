using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class FiscalAccountTests
{
    [Theory]
    [InlineData("100", FiscalAccountKind.General)]
    [InlineData("201", FiscalAccountKind.PublicEnterpriseSpecial)]
    [InlineData("399", FiscalAccountKind.OtherSpecial)]
    [InlineData("401", FiscalAccountKind.Fund)]
    public void Parse_WhenCodeIsValid_DerivesTheKind(string code, FiscalAccountKind kind)
    {
        var account = FiscalAccount.Parse(code);
        Assert.Equal(kind, account.Kind);
        Assert.Equal(code, account.ToString());
    }

    [Theory]
    [InlineData("101")]
    [InlineData("200")]
    [InlineData("500")]
    [InlineData("10")]
    [InlineData("1000")]
    [InlineData("1a0")]
    [InlineData(null)]
    public void TryParse_WhenCodeIsNotAnAccount_ExplainsTheFormatInKorean(string? code)
    {
        Assert.False(FiscalAccount.TryParse(code, out _, out var problem));
        Assert.Contains("회계 코드", problem, StringComparison.Ordinal);
        Assert.Contains("100(일반회계)", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Code_WhenDefault_Throws() => Assert.Throws<InvalidOperationException>(() => default(FiscalAccount).Code);
}
