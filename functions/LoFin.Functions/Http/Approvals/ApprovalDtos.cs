using System.Text.Json;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>An approval line as the people on it see it: the document, where it is, and every signature so far.</summary>
public sealed record ApprovalView(
    string InstanceId,
    string Status,
    ApprovalDocument Document,
    string DrafterUserId,
    IReadOnlyList<string> LineUserIds,
    ApprovalLineProgress? Progress,
    ApprovalLineOutput? Result,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt)
{
    public static ApprovalView From(WorkflowInstanceView view)
    {
        var input = view.Input.Deserialize<ApprovalLineInput>(Application.Documents.DocumentJson.Options)!;
        return new ApprovalView(view.InstanceId, view.Status.ToString(), input.Document, input.Drafter.UserId,
            [.. input.Line.Select(m => m.Official.UserId)],
            view.Status == WorkflowStatus.Running ? view.CustomStatusAs<ApprovalLineProgress>() : null,
            view.OutputAs<ApprovalLineOutput>(), view.CreatedAt, view.UpdatedAt);
    }

    /// <summary>Drafter and line members may read it; so may auditors and operators of the government.</summary>
    public bool IsVisibleTo(Application.Security.CurrentUser user) =>
        user.UserId == DrafterUserId || LineUserIds.Contains(user.UserId)
        || user.IsInRole(Application.Security.Roles.Auditor) || user.IsInRole(Application.Security.Roles.Operator);
}

public sealed record ApprovalList(IReadOnlyList<ApprovalView> Items, string? ContinuationToken);
