using LoFin.Application.Documents;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// One entry of a budget line's operation log: the request as the ledger first saw it, its
/// outcome, and the journal entry it posted. Immutable once written (create-only, numbered by
/// <see cref="Sequence"/>), so replaying a line's documents in order rebuilds its ledger exactly.
/// </summary>
public sealed record LineOperationDocument(
    string LineKey,
    long Sequence,
    StoredOperation Operation,
    ExecutionRefusalCode? RefusalCode,
    string? RefusalMessage,
    StoredJournalEntry? Journal,
    DateTimeOffset RecordedAt,
    string? RecordedBy) : IDocumentBody
{
    public static string DocumentType => "line-op";
}
