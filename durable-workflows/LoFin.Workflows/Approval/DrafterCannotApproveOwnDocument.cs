namespace LoFin.Workflows.Approval;

/// <summary>
/// Separation of duties: whoever drafts a document never decides on it, neither as a step
/// of its line, nor as a deputy, nor by sending a decision.
/// </summary>
public static class DrafterCannotApproveOwnDocument
{
    /// <summary>Why the line breaks the rule, or null.</summary>
    public static string? CheckLine(Official drafter, IReadOnlyList<ApprovalLineMember> line)
    {
        for (var i = 0; i < line.Count; i++)
        {
            if (line[i].Official.UserId == drafter.UserId)
            {
                return ApprovalMessages.DrafterInLine(drafter, i);
            }
            if (line[i].Deputy?.UserId == drafter.UserId)
            {
                return ApprovalMessages.DrafterAsDeputy(drafter, i);
            }
        }
        return null;
    }

    public static string? CheckDecider(Official drafter, string deciderUserId) =>
        deciderUserId == drafter.UserId ? ApprovalMessages.DrafterDecides(drafter) : null;
}
