namespace LoFin.Application.Audit;

/// <summary>The first place a tenant's audit chain does not hold.</summary>
/// <param name="Sequence">The sequence of the record at fault (or the head's, for a head problem); null when unknown.</param>
/// <param name="DocumentId">The document at fault: a record id, or <c>audit-head</c>.</param>
/// <param name="Problem">What is wrong, e.g. <c>hash mismatch: stored …, computed …</c>.</param>
public sealed record AuditChainBreak(long? Sequence, string? DocumentId, string Problem);
