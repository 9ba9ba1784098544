namespace LoFin.Workflows.Approval;

/// <summary>
/// One row of a 전결 table: documents up to <see cref="MaxAmountWon"/> won (inclusive; null
/// means no upper bound) are signed as final by an official of <see cref="FinalApproverRank"/>.
/// </summary>
public sealed record DelegationRule(long? MaxAmountWon, ApprovalRank FinalApproverRank);
