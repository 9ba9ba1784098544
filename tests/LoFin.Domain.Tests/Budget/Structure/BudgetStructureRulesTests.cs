using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;

namespace LoFin.Domain.Tests.Budget.Structure;

public sealed class BudgetStructureRulesTests
{
    private static readonly FiscalAccount General = FiscalAccount.General;
    private static readonly DepartmentCode Welfare = DepartmentCode.Parse("6110070");

    private static ExpenditureLine Line(string detailed, string item, string unit = "U-0001", string policy = "P-001", string sector = "081", long won = 1_000_000, int year = 2026) =>
        new(new BudgetLineKey(year, General, Welfare, DetailedProgramId.Parse(detailed), StatisticalItem.Parse(item)),
            new ProgramHierarchy(FunctionalSector.Parse(sector), PolicyProgramId.Parse(policy), "기초생활보장", UnitProgramId.Parse(unit), "생계급여 지원", "생계급여"),
            FundingSplit.Create(0, 0, won, 0));

    [Fact]
    public void Check_WhenLinesAreConsistent_FindsNothing()
    {
        var problems = BudgetStructureRules.Check(2026, [General], [Welfare], [Line("D-0001", "301-01"), Line("D-0001", "201-01")]);
        Assert.Empty(problems);
    }

    [Fact]
    public void Check_WhenTheSameKeyAppearsTwice_NamesTheSecondLine()
    {
        var problems = BudgetStructureRules.Check(2026, [General], [Welfare], [Line("D-0001", "301-01"), Line("D-0001", "301-01")]);
        var problem = Assert.Single(problems);
        Assert.Equal(1, problem.LineIndex);
        Assert.Contains("중복", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenADetailedProgramHasTwoUnits_RefusesTheTree()
    {
        var problems = BudgetStructureRules.Check(2026, [General], [Welfare], [Line("D-0001", "301-01"), Line("D-0001", "201-01", unit: "U-0002")]);
        var problem = Assert.Single(problems);
        Assert.Equal((1, StructureFields.UnitProgram), (problem.LineIndex, problem.Field));
    }

    [Fact]
    public void Check_WhenAPolicyProgramIsInTwoSectors_RefusesTheTree()
    {
        var problems = BudgetStructureRules.Check(2026, [General], [Welfare], [Line("D-0001", "301-01"), Line("D-0002", "201-01", unit: "U-0002", sector: "082")]);
        Assert.Equal(StructureFields.Sector, Assert.Single(problems).Field);
    }

    [Fact]
    public void Check_WhenAccountDepartmentOrYearIsUnknown_ReportsEachField()
    {
        var problems = BudgetStructureRules.Check(2026, [], [], [Line("D-0001", "301-01", year: 2025)]);
        Assert.Equal([StructureFields.FiscalYear, StructureFields.Account, StructureFields.Department], problems.Select(p => p.Field).ToArray());
    }

    [Fact]
    public void CheckRevenue_WhenACodeRepeatsInOneAccount_NamesTheRepeat()
    {
        var code = RevenueCode.Parse("111-01");
        var problems = BudgetStructureRules.CheckRevenue([General], [new RevenueLine(General, code, "취득세", 10), new RevenueLine(General, code, "취득세", 20)]);
        Assert.Equal((1, StructureFields.RevenueCode), (Assert.Single(problems).LineIndex, problems[0].Field));
    }
}
