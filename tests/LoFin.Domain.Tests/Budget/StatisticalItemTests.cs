using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class StatisticalItemTests
{
    [Theory]
    [InlineData("201-01", 201, BudgetItemGroup.Goods, "사무관리비")]
    [InlineData("201-02", 201, BudgetItemGroup.Goods, "공공운영비")]
    [InlineData("202-01", 202, BudgetItemGroup.Goods, "국내여비")]
    [InlineData("307-02", 307, BudgetItemGroup.CurrentTransfers, "민간경상사업보조")]
    [InlineData("401-01", 401, BudgetItemGroup.CapitalExpenditure, "시설비")]
    [InlineData("405-01", 405, BudgetItemGroup.CapitalExpenditure, "자산취득비")]
    [InlineData("101-01", 101, BudgetItemGroup.Personnel, "보수")]
    public void Parse_WhenCommonItem_DerivesBudgetItemGroupAndName(string code, int budgetItem, BudgetItemGroup group, string name)
    {
        var item = StatisticalItem.Parse(code);
        Assert.Equal(budgetItem, item.BudgetItem.Code);
        Assert.Equal(group, item.Group);
        Assert.Equal(name, item.Name);
        Assert.True(item.IsInCatalogue);
        Assert.Equal(code, item.ToString());
    }

    [Theory]
    [InlineData("201-00")]
    [InlineData("200-01")]
    [InlineData("900-01")]
    [InlineData("001-01")]
    [InlineData("20101")]
    [InlineData("201_01")]
    [InlineData("201-1")]
    [InlineData(" 201-01")]
    [InlineData("２01-01")]
    [InlineData("")]
    public void TryParse_WhenMalformed_RefusesWithTheExpectedFormat(string code)
    {
        Assert.False(StatisticalItem.TryParse(code, out _, out var problem));
        Assert.Contains("'NNN-NN'", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Parse_WhenWellFormedButNotInCatalogue_AcceptsWithoutName()
    {
        var item = StatisticalItem.Parse("299-99");
        Assert.False(item.IsInCatalogue);
        Assert.Null(item.Name);
        Assert.Equal(BudgetItemGroup.Goods, item.Group);
    }

    [Fact]
    public void Catalogue_WhenEveryCodeIsRead_ParsesBackAndHasABudgetItemName() =>
        Assert.All(StatisticalItemCatalogue.Names, pair =>
        {
            var text = $"{pair.Key / 100:D3}-{pair.Key % 100:D2}";
            var item = StatisticalItem.Parse(text);
            Assert.Equal(pair.Key, item.Code);
            Assert.NotNull(item.BudgetItem.Name);
        });

    [Theory]
    [InlineData("201", BudgetItemGroup.Goods)]
    [InlineData("801", BudgetItemGroup.ReservesAndOther)]
    public void BudgetItemParse_WhenValid_DerivesGroup(string code, BudgetItemGroup group) => Assert.Equal(group, BudgetItem.Parse(code).Group);

    [Theory]
    [InlineData("100")]
    [InlineData("901")]
    [InlineData("2011")]
    public void BudgetItemTryParse_WhenNotABudgetItem_Refuses(string code) => Assert.False(BudgetItem.TryParse(code, out _));
}
