using Xunit;
using LoFin.Application.Budget.Demo;
using LoFin.Application.Budget.Structure;
using LoFin.Domain.Budget.Structure;

namespace LoFin.Application.Tests.Budget;

public sealed class BudgetCsvImportTests : IDisposable
{
    private const string Header = "회계연도,회계,회계명,부서,부서명,분야,부문,정책사업,정책사업명,단위사업,단위사업명,세부사업,세부사업명,통계목,통계목명,국비,시도비,시군구비,기타,합계\r\n";
    private readonly BudgetFixture _budget = new();

    public void Dispose() => _budget.Dispose();

    private static string Row(string detailed = "D-0001", string item = "301-01", string national = "600000000", string municipal = "400000000", string total = "1000000000",
        string sector = "081", string department = "4170070") =>
        $"2026,100,일반회계,{department},복지정책과,080,{sector},P-001,기초생활보장,U-0001,생계급여 지원,{detailed},\"생계급여, 주거급여\",{item},,{national},0,{municipal},0,{total}\r\n";

    [Fact]
    public async Task ImportExpenditureCsv_WhenFileIsGood_CreatesTheYearAndItsDraftBudget()
    {
        var outcome = await _budget.Structure.ImportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, "\uFEFF" + Header + Row() + Row(item: "201-01", national: "0", municipal: "\"5,000,000\"", total: ""), "yangpyeong.budget", default);

        Assert.Empty(outcome.Errors);
        Assert.Equal((1, 2, 1_005_000_000L), (outcome.Imported!.VersionNumber, outcome.Imported.LineCount, outcome.Imported.TotalWon));
        var tree = await _budget.Structure.GetTreeAsync(BudgetFixture.Yangpyeong, 2026, null, null, default);
        var detailed = tree.Accounts.Single().Expenditure.Single().Children!.Single().Children!.Single().Children!.Single().Children!.Single();
        Assert.Equal(("detailed", "생계급여, 주거급여", 1_005_000_000L), (detailed.Level, detailed.Name, detailed.AmountWon));
        Assert.Equal("Drafting", tree.Version.Status);
    }

    [Fact]
    public async Task ImportExpenditureCsv_WhenCellsAreMalformed_ReportsLineAndColumnAndImportsNothing()
    {
        var text = Header + Row() + Row(detailed: "D 0002") + Row(item: "201-1") + Row(total: "999") + Row(sector: "071");

        var outcome = await _budget.Structure.ImportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, text, "yangpyeong.budget", default);

        Assert.Null(outcome.Imported);
        Assert.Equal([(3, StructureFields.DetailedProgram), (4, StructureFields.Item), (5, StructureFields.Total), (6, StructureFields.Sector)],
            outcome.Errors.Select(e => (e.Line, e.Column)).ToArray());
        Assert.All(outcome.Errors, e => Assert.False(string.IsNullOrWhiteSpace(e.Message)));
        Assert.Null(await _budget.Budgets.ReadYearAsync(BudgetFixture.Yangpyeong, 2026, default));
    }

    [Fact]
    public async Task ImportExpenditureCsv_WhenTheTreeIsInconsistent_NamesTheLaterLine()
    {
        var text = Header + Row() + Row(detailed: "D-0001", item: "201-01").Replace("U-0001", "U-0009", StringComparison.Ordinal);
        var outcome = await _budget.Structure.ImportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, text, "yangpyeong.budget", default);
        var error = Assert.Single(outcome.Errors);
        Assert.Equal((3, StructureFields.UnitProgram), (error.Line, error.Column));
    }

    [Fact]
    public async Task ImportExpenditureCsv_WhenHeaderOrQuotingIsWrong_RefusesAtTheLine()
    {
        var badHeader = await _budget.Structure.ImportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, Header.Replace("부서명", "부서 이름", StringComparison.Ordinal) + Row(), "u", default);
        Assert.Equal((1, StructureFields.DepartmentName), (badHeader.Errors.Single().Line, badHeader.Errors.Single().Column));

        var badQuote = await _budget.Structure.ImportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, Header + Row() + Row().Replace("P-001", "P\"001", StringComparison.Ordinal), "u", default);
        Assert.Equal((3, StructureFields.PolicyProgram), (badQuote.Errors.Single().Line, badQuote.Errors.Single().Column));
    }

    [Fact]
    public async Task ExportThenImport_WhenRoundTripped_GivesTheSameFile()
    {
        var budget = DemoBudgetGenerator.Generate(DemoGovernment.All[2], 2026);
        await _budget.Structure.ImportExpenditureAsync(BudgetFixture.Yangpyeong, 2026, budget.Expenditure, "yangpyeong.budget", default);
        var first = await _budget.Structure.ExportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, null, default);

        var reimported = await _budget.Structure.ImportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, first, "yangpyeong.budget", default);
        var second = await _budget.Structure.ExportExpenditureCsvAsync(BudgetFixture.Yangpyeong, 2026, null, default);

        Assert.Empty(reimported.Errors);
        Assert.Equal(budget.Expenditure.Lines.Count, reimported.Imported!.LineCount);
        Assert.Equal(first, second);
    }

    [Fact]
    public async Task RevenueCsv_WhenRoundTripped_GivesTheSameFileAndRefusesAnUnknownAccount()
    {
        var budget = DemoBudgetGenerator.Generate(DemoGovernment.All[2], 2026);
        await _budget.Structure.ImportExpenditureAsync(BudgetFixture.Yangpyeong, 2026, budget.Expenditure, "u", default);
        await _budget.Structure.ImportRevenueAsync(BudgetFixture.Yangpyeong, 2026, budget.Revenue, "u", default);
        var first = await _budget.Structure.ExportRevenueCsvAsync(BudgetFixture.Yangpyeong, 2026, null, default);

        Assert.Empty((await _budget.Structure.ImportRevenueCsvAsync(BudgetFixture.Yangpyeong, 2026, first, "u", default)).Errors);
        Assert.Equal(first, await _budget.Structure.ExportRevenueCsvAsync(BudgetFixture.Yangpyeong, 2026, null, default));

        var bad = await _budget.Structure.ImportRevenueCsvAsync(BudgetFixture.Yangpyeong, 2026, first + "2026,499,지방세수입,111-01,취득세,1\r\n", "u", default);
        Assert.Equal(StructureFields.Account, Assert.Single(bad.Errors).Column);
    }
}
