using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class RevenueCodeTests
{
    [Fact]
    public void Parse_WhenWellFormed_CarriesChapterSectionItemAndSubItem()
    {
        var code = RevenueCode.Parse("111-01");
        Assert.Equal(RevenueChapter.LocalTaxes, code.Chapter);
        Assert.Equal(110, code.Section);
        Assert.Equal(111, code.Item);
        Assert.Equal(1, code.SubItem);
        Assert.Equal("111-01", code.ToString());
    }

    [Theory]
    [InlineData("521-02", RevenueChapter.Subsidies)]
    [InlineData("611-01", RevenueChapter.LocalBonds)]
    [InlineData("721-01", RevenueChapter.CarryoverAndInternal)]
    public void Parse_WhenChapterDigitIsOneToSeven_MapsToTheChapter(string text, RevenueChapter chapter) =>
        Assert.Equal(chapter, RevenueCode.Parse(text).Chapter);

    [Theory]
    [InlineData("811-01")]
    [InlineData("011-01")]
    [InlineData("101-01")]
    [InlineData("110-01")]
    [InlineData("111-00")]
    [InlineData("111")]
    public void TryParse_WhenNotARevenueCode_Refuses(string text)
    {
        Assert.False(RevenueCode.TryParse(text, out _, out var problem));
        Assert.Contains("세입과목", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Names_WhenEveryChapterIsNamed_MatchTheDomainPrimer() =>
        Assert.Equal(["지방세수입", "세외수입", "지방교부세", "조정교부금등", "보조금", "지방채", "보전수입등및내부거래"],
            Enum.GetValues<RevenueChapter>().Select(BudgetNames.Of));
}
