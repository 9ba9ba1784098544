using LoFin.Application.Documents;
using LoFin.Domain.Budget.Formulation;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// One version of a year's budget (본예산 = 1, each 추경 the next). Its expenditure lines are
/// separate documents of the line set <see cref="LineSetId"/>: an import or a 추경 writes a
/// new set and then points the version at it in one conditional replace, so a reader never sees
/// half a file. Every line change also replaces this document (bumping <see cref="Revision"/>),
/// which serialises line changes against submission and adoption. Revenue lines are few and
/// live here.
/// </summary>
public sealed record BudgetVersionDocument(
    int FiscalYear,
    int Number,
    string VersionId,
    BudgetVersionKind Kind,
    string Name,
    BudgetVersionStatus Status,
    string LineSetId,
    int LineCount,
    long ExpenditureTotalWon,
    IReadOnlyList<RevenueEntry> RevenueLines,
    long Revision,
    IReadOnlyList<VersionEvent> History,
    DateTimeOffset? AdoptedAt,
    string? CouncilResolution) : IDocumentBody
{
    public static string DocumentType => "budget-version";

    public long RevenueTotalWon => RevenueLines.Sum(r => r.AmountWon);
}

/// <summary>A revenue line: 회계, 세입과목 (항-목), 목's name, amount.</summary>
public sealed record RevenueEntry(string Account, string Code, string Name, long AmountWon);

/// <summary>Who moved the version, when and how (created, imported, submitted, adopted).</summary>
public sealed record VersionEvent(string Action, string UserId, DateTimeOffset At, string? Note = null);
