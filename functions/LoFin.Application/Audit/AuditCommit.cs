using LoFin.Application.Documents;

namespace LoFin.Application.Audit;

/// <summary>
/// A committed state change with its audit record. <see cref="Result"/> holds the etags of
/// the caller's operations at the indices the caller added them; the audit record and the
/// chain head come after them.
/// </summary>
public sealed record AuditCommit(AuditRecord Record, TransactionalBatchResult Result);
