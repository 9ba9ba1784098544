namespace LoFin.Application.Payments;

/// <summary>What issuing a 지급명령 did: the order as stored, and whether it was already there.</summary>
public sealed record PaymentOrderIssue(PaymentOrderIssueOutcome Outcome, PaymentOrderDocument? Order, string? Problem = null);
