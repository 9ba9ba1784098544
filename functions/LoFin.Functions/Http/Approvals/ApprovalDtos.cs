using System.Text.Json;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>
/// An approval line as the people on it see it: the document as last submitted, where it is,
/// its route (전결 step, skipped steps) and every signature and escalation so far.
/// </summary>
public sealed record ApprovalView(
    string InstanceId,
    string Status,
    ApprovalDocument Document,
    string DrafterUserId,
    IReadOnlyList<string> LineUserIds,
    ApprovalLineProgress? Progress,
    ApprovalRoute? Route,
    IReadOnlyList<ApprovalSignature> Signatures,
    IReadOnlyList<ApprovalEscalation> Escalations,
    ApprovalLineOutput? Result,
    DateTimeOffset CreatedAt,
    DateTimeOffset LastUpdatedAt)
{
    public static ApprovalView From(WorkflowInstanceView view)
    {
        var input = view.Input.Deserialize<ApprovalLineInput>(Application.Documents.DocumentJson.Options)!;
        var state = view.StateAs<ApprovalLineState>();
        var output = view.OutputAs<ApprovalLineOutput>();
        return new ApprovalView(view.InstanceId, view.Status.ToString(), output?.Document ?? state?.Document ?? input.Document, input.Drafter.UserId,
            [.. input.Line.Select(m => m.Official.UserId)],
            view.Status == WorkflowStatus.Running ? view.CustomStatusAs<ApprovalLineProgress>() : null,
            output?.Route ?? state?.Route,
            output?.Signatures ?? state?.Signatures ?? [],
            output?.Escalations ?? state?.Escalations ?? [],
            output, view.CreatedAt, view.UpdatedAt);
    }

    /// <summary>Drafter and line members may read it; so may auditors and operators of the government.</summary>
    public bool IsVisibleTo(Application.Security.CurrentUser user) =>
        user.UserId == DrafterUserId || LineUserIds.Contains(user.UserId)
        || user.IsInRole(Application.Security.Roles.Auditor) || user.IsInRole(Application.Security.Roles.Operator);
}

public sealed record ApprovalList(IReadOnlyList<ApprovalView> Items, string? ContinuationToken);
