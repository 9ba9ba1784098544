using System.Collections.Concurrent;
using LoFin.Domain.Tenancy;
using LoFin.Workflows.Approval;

namespace LoFin.Workflows.Tests.Support;

/// <summary>Keeps the approval notices instead of sending them.</summary>
public sealed class RecordingApprovalNotifier : IApprovalNotifier
{
    private readonly ConcurrentQueue<ApprovalNotification> _sent = new();

    public IReadOnlyList<ApprovalNotification> Sent => [.. _sent];

    public Task NotifyAsync(TenantId tenant, ApprovalNotification notification, string idempotencyKey, CancellationToken cancellationToken)
    {
        _sent.Enqueue(notification);
        return Task.CompletedTask;
    }
}
