namespace LoFin.Workflows.Approval;

/// <summary>
/// How a line runs for one amount: steps 0..<see cref="FinalStep"/> decide in order, the
/// final step signs as final approver, and the steps after it are skipped. <see cref="IsDelegated"/>
/// is true when the final approver is not the head of the government: the signature is 전결.
/// </summary>
public sealed record ApprovalRoute(int FinalStep, ApprovalRank RequiredRank, bool IsDelegated, IReadOnlyList<int> SkippedSteps);
