using System.Collections.Concurrent;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;

namespace LoFin.Workflows.Tests.Support;

/// <summary>Stands for the caller's queue function (e.g. the commitment that waits for its approval): keeps what arrives.</summary>
public sealed class CapturingQueueFunction(string queue) : IQueueFunction
{
    private readonly ConcurrentQueue<QueueMessage> _received = new();

    public string Name => "Capture";

    public string Queue => queue;

    public IReadOnlyList<QueueMessage> Received => [.. _received];

    public Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        _received.Enqueue(message);
        return Task.CompletedTask;
    }
}
