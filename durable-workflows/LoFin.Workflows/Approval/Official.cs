namespace LoFin.Workflows.Approval;

/// <summary>A person in an approval line: the user id that signs in, and the name, position and rank printed on the signature.</summary>
public sealed record Official(string UserId, string Name, string Position, ApprovalRank Rank);
