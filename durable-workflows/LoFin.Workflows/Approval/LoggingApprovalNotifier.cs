using LoFin.Domain.Tenancy;
using Microsoft.Extensions.Logging;

namespace LoFin.Workflows.Approval;

/// <summary>The default notifier: writes the notification to the log until a real channel is wired.</summary>
public sealed class LoggingApprovalNotifier(ILogger<LoggingApprovalNotifier> logger) : IApprovalNotifier
{
    public Task NotifyAsync(TenantId tenant, ApprovalNotification notification, string idempotencyKey, CancellationToken cancellationToken)
    {
        logger.LogInformation("Approval notice {Kind} to {UserId} for {DocumentKind} {DocumentId} (round {Round}, step {Step}) in tenant {TenantId} [{Key}].",
            notification.Kind, notification.RecipientUserId, notification.Document.Kind, notification.Document.Id,
            notification.Round, notification.Step, tenant.Value, idempotencyKey);
        return Task.CompletedTask;
    }
}
