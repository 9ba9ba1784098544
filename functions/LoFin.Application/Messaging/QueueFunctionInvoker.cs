using System.Diagnostics;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Observability;
using Microsoft.Extensions.Logging;

namespace LoFin.Application.Messaging;

public enum InvocationOutcome
{
    Handled,
    Duplicate,
}

/// <summary>
/// Runs a queue function for one delivery, exactly once per message id: a delivery whose
/// id is already in the inbox is skipped. The same invoker serves the local pump and the
/// Azure custom-handler trigger, so both behave alike.
/// </summary>
public sealed class QueueFunctionInvoker(IDocumentStore store, TimeProvider clock, ILogger<QueueFunctionInvoker> logger)
{
    public async Task<InvocationOutcome> InvokeAsync(IQueueFunction function, QueueMessage message, CancellationToken cancellationToken)
    {
        using var scope = logger.BeginScope(new LogScope
        {
            ["TenantId"] = message.TenantId.Value,
            ["CorrelationId"] = message.CorrelationId ?? message.MessageId,
            ["MessageId"] = message.MessageId,
            ["Function"] = function.Name,
        });
        var context = new MessageContext(function.Name, message);
        if (await store.ReadAsync<InboxEntry>(message.TenantId, context.InboxDocumentId, cancellationToken) is not null)
        {
            LoFinMetrics.MessagesDuplicate.Add(1);
            logger.LogDebug("Message {MessageId} was already handled by {Function}; skipped.", message.MessageId, function.Name);
            return InvocationOutcome.Duplicate;
        }

        var started = Stopwatch.GetTimestamp();
        try
        {
            await function.HandleAsync(message, context, cancellationToken);
        }
        catch (DocumentStoreException) when (context.MarkedByHandler)
        {
            // Two deliveries of one message may have raced (a lease ran out mid-handler). The
            // loser's batch fails on whichever operation comes first: its inbox mark (409), or
            // as often a document the winner changed (412/409). If the mark is there now, the
            // other delivery committed and its effects stand: not a failure to retry.
            if (await store.ReadAsync<InboxEntry>(message.TenantId, context.InboxDocumentId, CancellationToken.None) is null)
            {
                throw;
            }
            LoFinMetrics.MessagesDuplicate.Add(1);
            logger.LogDebug("Message {MessageId} was handled by a racing delivery of {Function}; this one is a duplicate.", message.MessageId, function.Name);
            return InvocationOutcome.Duplicate;
        }

        // A handler that added the mark to a batch it then did not execute (a conditional path) leaves
        // no mark behind; writing it here keeps a redelivery from running the handler again.
        if (!context.MarkedByHandler
            || await store.ReadAsync<InboxEntry>(message.TenantId, context.InboxDocumentId, CancellationToken.None) is null)
        {
            try
            {
                await store.CreateAsync(message.TenantId, context.InboxDocumentId,
                    new InboxEntry(function.Name, message.MessageId, clock.GetUtcNow()), cancellationToken);
            }
            catch (DocumentConflictException)
            {
                // A racing delivery marked it first; the handler is idempotent by contract.
            }
        }
        LoFinMetrics.MessagesHandled.Add(1, new KeyValuePair<string, object?>("function", function.Name));
        LoFinMetrics.MessageHandlingMs.Record(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return InvocationOutcome.Handled;
    }
}
