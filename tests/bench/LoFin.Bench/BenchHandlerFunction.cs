using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;

namespace LoFin.Bench;

/// <summary>
/// A handler of the usual shape: one document write and the "handled" mark in one batch.
/// Its create would fail with 409 if a message were ever handled twice, so the handled count
/// equals the sent count only when every message was handled exactly once.
/// </summary>
public sealed class BenchHandlerFunction(IDocumentStore store, TimeProvider clock) : IQueueFunction
{
    public const string QueueName = "bench";

    private long _handled;

    public string Name => "BenchHandle";

    public string Queue => QueueName;

    public long Handled => Interlocked.Read(ref _handled);

    /// <summary>From the message's enqueue (in the producer's batch) to the handler's commit.</summary>
    public MillisecondHistogram EndToEnd { get; } = new();

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        var payload = message.Payload<BenchMessage>();
        var batch = new TransactionalBatch(context.TenantId)
            .Create("result:" + message.MessageId, new BenchResult(payload.Sequence, payload.AmountWon, "posted"));
        context.MarkHandled(batch, clock.GetUtcNow());
        await store.ExecuteBatchAsync(batch, cancellationToken);
        Interlocked.Increment(ref _handled);
        EndToEnd.Record((clock.GetUtcNow() - message.EnqueuedAt).TotalMilliseconds);
    }
}
