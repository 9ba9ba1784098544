using System.Collections.Concurrent;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>
/// A test-only queue function: records each message in its tenant's partition, in the same batch
/// as the "handled" mark, and counts its own runs. A payload with <c>fail: true</c> makes it throw.
/// </summary>
public sealed class RecordingQueueFunction(IDocumentStore store, TimeProvider clock) : IQueueFunction
{
    public const string FunctionName = "RecordTestMessage";
    public const string QueueName = "test-recordings";

    private readonly ConcurrentDictionary<string, int> _runs = new();

    public string Name => FunctionName;

    public string Queue => QueueName;

    public int RunsOf(string messageId) => _runs.GetValueOrDefault(messageId);

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        _runs.AddOrUpdate(message.MessageId, 1, (_, runs) => runs + 1);
        var payload = message.Payload<Payload>();
        if (payload.Fail)
        {
            throw new InvalidOperationException("The test payload asked to fail.");
        }
        var id = TestRecording.DocumentId(message.MessageId);
        var previous = await store.ReadAsync<TestRecording>(message.TenantId, id, cancellationToken);
        var recording = new TestRecording(message.MessageId, payload.Value, (previous?.Body.Runs ?? 0) + 1,
            message.DeliveryCount, message.CorrelationId, message.EnqueuedAt);
        var batch = new TransactionalBatch(message.TenantId).Upsert(id, recording);
        await store.ExecuteBatchAsync(context.MarkHandled(batch, clock.GetUtcNow()), cancellationToken);
    }

    public sealed record Payload(string Value, bool Fail = false);
}
