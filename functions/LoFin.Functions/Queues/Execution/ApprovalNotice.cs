using LoFin.Application.Execution;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Queues.Execution;

/// <summary>
/// Reads an approval line's completion notice for an execution document: which document (the
/// instance id is <c>approval-{kind}-{documentId}</c>), how it ended and who signed last. A line
/// that failed or was terminated by an operator counts as withdrawn: the money it held is freed.
/// </summary>
public sealed record ApprovalNotice(string DocumentId, ApprovalVerdict Verdict, string? DecidedBy)
{
    public static string InstanceId(string documentKind, string documentId) => $"approval-{documentKind}-{documentId}";

    public static ApprovalNotice? Read(WorkflowCompletedNotice notice, string documentKind)
    {
        var prefix = InstanceId(documentKind, "");
        if (!notice.InstanceId.StartsWith(prefix, StringComparison.Ordinal))
        {
            return null;
        }
        var output = notice.Status == WorkflowStatus.Completed ? notice.OutputAs<ApprovalLineOutput>() : null;
        var verdict = output?.Outcome switch
        {
            ApprovalOutcome.Approved => ApprovalVerdict.Approved,
            ApprovalOutcome.Rejected => ApprovalVerdict.Rejected,
            _ => ApprovalVerdict.Withdrawn,
        };
        return new ApprovalNotice(notice.InstanceId[prefix.Length..], verdict, output is { Signatures.Count: > 0 } ? output.Signatures[^1].UserId : null);
    }
}
