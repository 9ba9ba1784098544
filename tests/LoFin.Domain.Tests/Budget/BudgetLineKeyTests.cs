using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class BudgetLineKeyTests
{
    [Fact]
    public void Parse_WhenWellFormed_RoundTrips()
    {
        var key = BudgetLineKey.Parse("2026/100/6110000/D-0001/201-01");
        Assert.Equal(2026, key.FiscalYear);
        Assert.Equal(FiscalAccount.General, key.Account);
        Assert.Equal("사무관리비", key.Item.Name);
        Assert.Equal("2026/100/6110000/D-0001/201-01", key.ToString());
        Assert.Equal(key, BudgetLineKey.Parse(key.ToString()));
    }

    [Theory]
    [InlineData("2026/100/6110000/D-0001", "'회계연도/회계/부서/세부사업/통계목'")]
    [InlineData("2026/101/6110000/D-0001/201-01", "회계 코드")]
    [InlineData("2026/100/611000/D-0001/201-01", "부서 코드")]
    [InlineData("2026/100/6110000/D 1/201-01", "세부사업 ID")]
    [InlineData("2026/100/6110000/D-0001/201-1", "통계목 코드")]
    [InlineData("1999/100/6110000/D-0001/201-01", "회계연도")]
    public void TryParse_WhenOnePartIsWrong_NamesThatPart(string text, string expected)
    {
        Assert.False(BudgetLineKey.TryParse(text, out _, out var problem));
        Assert.Contains(expected, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_WhenAPartIsEmpty_Throws() =>
        Assert.Throws<ArgumentException>(() => new BudgetLineKey(2026, FiscalAccount.General, default, DetailedProgramId.Parse("D-1"), StatisticalItem.Parse("201-01")));
}
