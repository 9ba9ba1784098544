using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Approval;

/// <summary>Sends an <see cref="ApprovalNotification"/> through <see cref="IApprovalNotifier"/>; the activity id keeps a retry from sending twice.</summary>
public sealed class NotifyApprovalParticipantActivity(IApprovalNotifier notifier) : WorkflowActivity<ApprovalNotification, string>
{
    public const string ActivityName = "NotifyApprovalParticipant";

    public override string Name => ActivityName;

    protected override async Task<string> RunAsync(ApprovalNotification input, ActivityContext context, CancellationToken cancellationToken)
    {
        await notifier.NotifyAsync(context.TenantId, input, context.IdempotencyKey, cancellationToken);
        return input.RecipientUserId;
    }
}
