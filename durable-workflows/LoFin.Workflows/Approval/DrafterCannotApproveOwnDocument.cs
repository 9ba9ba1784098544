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
                return $"The drafter ({drafter.Name}) cannot be step {i} of their own approval line.";
            }
            if (line[i].Deputy?.UserId == drafter.UserId)
            {
                return $"The drafter ({drafter.Name}) cannot be the deputy of step {i} of their own approval line.";
            }
        }
        return null;
    }

    public static string? CheckDecider(Official drafter, string deciderUserId) =>
        deciderUserId == drafter.UserId
            ? $"The drafter ({drafter.Name}) cannot decide on their own document."
            : null;
}
