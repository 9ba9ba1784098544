using LoFin.Application.Documents;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// A government's budget for one fiscal year: its 회계 and departments (with names) and where its
/// versions are: how many, the latest adopted one, and the one open for drafting (at most one).
/// </summary>
public sealed record BudgetYearDocument(
    int FiscalYear,
    IReadOnlyList<AccountEntry> Accounts,
    IReadOnlyList<DepartmentEntry> Departments,
    int VersionCount,
    int? LatestAdoptedNumber,
    int? OpenNumber) : IDocumentBody
{
    public static string DocumentType => "budget-year";
}

/// <summary>A 회계 code and name.</summary>
public sealed record AccountEntry(string Code, string Name);

/// <summary>A department's 기관코드 and name.</summary>
public sealed record DepartmentEntry(string Code, string Name);
