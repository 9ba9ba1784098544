using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Storage.Embedded.Tests.Contract;

namespace LoFin.Storage.Embedded.Tests.Messaging;

/// <summary>
/// A queue function whose effect is countable: each message increments its own counter
/// document, in one batch with the "handled" mark. A message handled twice shows up as a
/// counter at 2. It can fail its first deliveries, and can pause after committing so a
/// test can let the lease run out while the handler is still "running".
/// </summary>
public sealed class EffectFunction(Func<IDocumentStore> store, TimeProvider clock, string queue = EffectFunction.DefaultQueue) : IQueueFunction
{
    public const string DefaultQueue = "effects";

    private int _calls;

    public string Name => "ApplyEffect";

    public string Queue => queue;

    /// <summary>Deliveries of each message that throw before the effect; int.MaxValue always fails.</summary>
    public int FailuresBeforeSuccess { get; set; }

    /// <summary>Runs after the effect committed and before the handler returns.</summary>
    public Func<QueueMessage, Task>? AfterCommit { get; set; }

    /// <summary>Runs after the effect document was read and before the batch is executed.</summary>
    public Func<QueueMessage, Task>? BeforeCommit { get; set; }

    public int Calls => Volatile.Read(ref _calls);

    public static string EffectId(string messageId) => "effect:" + messageId;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref _calls);
        if (context.DeliveryCount <= FailuresBeforeSuccess)
        {
            throw new InvalidOperationException($"Planned failure of delivery {context.DeliveryCount}.");
        }
        var documents = store();
        var id = EffectId(message.MessageId);
        var current = await documents.ReadAsync<Counter>(context.TenantId, id, cancellationToken);
        var batch = new TransactionalBatch(context.TenantId);
        if (current is null)
        {
            batch.Create(id, new Counter(1));
        }
        else
        {
            batch.Replace(id, new Counter(current.Body.Value + 1), current.ETag);
        }
        context.MarkHandled(batch, clock.GetUtcNow());
        if (BeforeCommit is { } before)
        {
            await before(message);
        }
        await documents.ExecuteBatchAsync(batch, cancellationToken);
        if (AfterCommit is { } after)
        {
            await after(message);
        }
    }
}
