using LoFin.Application.Documents;

namespace LoFin.Application.Execution.Allotments;

/// <summary>One 배정 (or, with a negative amount, a 배정 감액) of a line's budget to its department for a period.</summary>
public sealed record AllotmentDocument(
    string AllotmentId,
    string LineKey,
    int FiscalYear,
    string FiscalAccountCode,
    string DepartmentCode,
    string Period,
    long AmountWon,
    string Reason,
    string AllottedBy,
    DateTimeOffset AllottedAt) : IDocumentBody
{
    public static string DocumentType => "allotment";

    public static string IdFor(string allotmentId) => "allotment:" + allotmentId;
}
