using LoFin.Application.Documents;
using LoFin.Domain.Budget;

namespace LoFin.Application.Budget.Structure;

/// <summary>A version as callers see it: where it is and its totals; <see cref="ETag"/> for nothing but display (versions change through actions, not replaces).</summary>
public sealed record BudgetVersionView(
    int FiscalYear,
    int Number,
    string VersionId,
    string Kind,
    string Name,
    string Status,
    int LineCount,
    long ExpenditureTotalWon,
    long RevenueTotalWon,
    DateTimeOffset? AdoptedAt,
    string? CouncilResolution,
    IReadOnlyList<VersionEvent> History)
{
    public static BudgetVersionView From(BudgetVersionDocument v) =>
        new(v.FiscalYear, v.Number, v.VersionId, v.Kind.ToString(), v.Name, v.Status.ToString(), v.LineCount, v.ExpenditureTotalWon,
            v.RevenueTotalWon, v.AdoptedAt, v.CouncilResolution, v.History);
}

/// <summary>A year: its 회계, departments and versions (oldest first), and which is adopted and which open.</summary>
public sealed record BudgetYearView(
    int FiscalYear,
    IReadOnlyList<AccountEntry> Accounts,
    IReadOnlyList<DepartmentEntry> Departments,
    int? LatestAdoptedNumber,
    int? OpenNumber,
    IReadOnlyList<BudgetVersionView> Versions);

/// <summary>
/// One expenditure line with its amounts in a version: the request, the 사정 and its reason, the
/// version's amount (<see cref="Final"/>), and the etag a 사정 must send back (stale → 412).
/// </summary>
public sealed record BudgetLineView(
    string LineKey,
    string Account,
    string Department,
    string? DepartmentName,
    string Sector,
    string PolicyProgram,
    string UnitProgram,
    string DetailedProgram,
    string DetailedProgramName,
    string Item,
    string? ItemName,
    FundingAmounts? Requested,
    FundingAmounts? Adjusted,
    string? AdjustmentReason,
    FundingAmounts Final,
    long AmountWon,
    string ETag)
{
    public static BudgetLineView From(Document<BudgetLineDocument> line, string? departmentName) =>
        new(line.Body.LineKey, line.Body.Account, line.Body.Department, departmentName, line.Body.Sector, line.Body.PolicyProgram, line.Body.UnitProgram,
            line.Body.DetailedProgram, line.Body.DetailedProgramName, line.Body.Item, StatisticalItem.Parse(line.Body.Item).Name,
            line.Body.Requested, line.Body.Adjusted, line.Body.AdjustmentReason, line.Body.Final, line.Body.FinalWon, line.ETag);
}

/// <summary>What an import stored.</summary>
public sealed record ImportSummary(int FiscalYear, int VersionNumber, string VersionId, int LineCount, long TotalWon);

/// <summary>An import's outcome: the summary, or the errors (each with line and column) and nothing stored.</summary>
public sealed record CsvImportOutcome(ImportSummary? Imported, IReadOnlyList<CsvError> Errors);
