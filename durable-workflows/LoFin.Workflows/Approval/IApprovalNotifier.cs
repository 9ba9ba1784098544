using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Approval;

/// <summary>
/// Tells a participant of an approval line that something needs them (a port: the staff
/// portal's notice list, mail, a messenger). Called at least once per notification: use
/// <paramref name="idempotencyKey"/> to send each one once.
/// </summary>
public interface IApprovalNotifier
{
    Task NotifyAsync(TenantId tenant, ApprovalNotification notification, string idempotencyKey, CancellationToken cancellationToken);
}
