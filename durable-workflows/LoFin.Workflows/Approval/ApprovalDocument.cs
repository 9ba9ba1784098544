namespace LoFin.Workflows.Approval;

/// <summary>
/// What is being approved: any document, by kind and id (a commitment, a payment order, a
/// subsidy grant), with the title and amount that the line shows and the 전결 rules use.
/// </summary>
public sealed record ApprovalDocument(string Kind, string Id, string Title, long AmountWon);
