using System.Threading.Channels;
using LoFin.Application.Functions;
using LoFin.Application.Observability;
using Microsoft.Extensions.Logging;

namespace LoFin.Application.Messaging;

/// <summary>
/// The local stand-in for the Functions host's Service Bus trigger: leases messages,
/// runs the queue function for each with bounded concurrency, completes handled ones in
/// groups, backs off failed ones and dead-letters a message after its last delivery.
/// </summary>
public sealed class MessagePump
{
    private readonly IMessageQueue _queue;
    private readonly QueueFunctionInvoker _invoker;
    private readonly TimeProvider _clock;
    private readonly MessagePumpOptions _options;
    private readonly ILogger<MessagePump> _logger;
    private readonly Dictionary<string, IQueueFunction> _functionsByQueue;

    public MessagePump(IMessageQueue queue, QueueFunctionInvoker invoker, IEnumerable<IQueueFunction> functions,
        TimeProvider clock, MessagePumpOptions options, ILogger<MessagePump> logger)
    {
        _queue = queue;
        _invoker = invoker;
        _clock = clock;
        _options = options;
        _logger = logger;
        _functionsByQueue = [];
        foreach (var function in functions)
        {
            if (!_functionsByQueue.TryAdd(function.Queue, function))
            {
                throw new InvalidOperationException($"Queue '{function.Queue}' has two functions: {_functionsByQueue[function.Queue].Name} and {function.Name}.");
            }
        }
    }

    /// <summary>Runs until <paramref name="stoppingToken"/> fires; messages in flight then return to the queue when their lease runs out.</summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        var slots = new SemaphoreSlim(_options.MaxConcurrency, _options.MaxConcurrency);
        var handled = Channel.CreateUnbounded<QueueMessage>(new UnboundedChannelOptions { SingleReader = true });
        var completer = CompleteHandledAsync(handled.Reader, slots);
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                var free = slots.CurrentCount;
                if (free == 0)
                {
                    await slots.WaitAsync(stoppingToken);
                    slots.Release();
                    continue;
                }
                IReadOnlyList<QueueMessage> leased;
                try
                {
                    leased = await _queue.LeaseAsync(Math.Min(free, _options.LeaseBatchSize), _options.LeaseDuration, stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    // A store error (disk full, I/O) must not end the pump: the host would stop with it,
                    // and the handlers in flight would lose their completions.
                    _logger.LogError(ex, "Could not lease messages; trying again in {DelayMs} ms.", (long)_options.LeaseErrorDelay.TotalMilliseconds);
                    await Task.Delay(_options.LeaseErrorDelay, _clock, stoppingToken);
                    continue;
                }
                if (leased.Count == 0)
                {
                    await Task.Delay(_options.IdlePollInterval, _clock, stoppingToken);
                    continue;
                }
                foreach (var message in leased)
                {
                    await slots.WaitAsync(stoppingToken);
                    // On the thread pool, so a handler's synchronous start never holds up leasing.
                    _ = Task.Run(() => HandleAsync(message, handled.Writer, slots, stoppingToken), CancellationToken.None);
                }
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: let the handlers in flight finish before the last completions are written.
        }
        for (var i = 0; i < _options.MaxConcurrency; i++)
        {
            await slots.WaitAsync(CancellationToken.None);
        }
        handled.Writer.TryComplete();
        await completer;
    }

    private async Task HandleAsync(QueueMessage message, ChannelWriter<QueueMessage> handled, SemaphoreSlim slots, CancellationToken stoppingToken)
    {
        var completed = false;
        try
        {
            if (!_functionsByQueue.TryGetValue(message.Queue, out var function))
            {
                LoFinMetrics.MessagesDeadLettered.Add(1);
                await _queue.DeadLetterAsync(message, $"No function listens to queue '{message.Queue}'.", CancellationToken.None);
                return;
            }
            await _invoker.InvokeAsync(function, message, stoppingToken);
            completed = handled.TryWrite(message);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Interrupted by shutdown, not a failure: the lease runs out and it is delivered again.
        }
        catch (Exception ex)
        {
            await FailAsync(message, ex);
        }
        finally
        {
            if (!completed)
            {
                slots.Release();
            }
        }
    }

    private async Task FailAsync(QueueMessage message, Exception failure)
    {
        using var scope = _logger.BeginScope(new LogScope
        {
            ["TenantId"] = message.TenantId.Value,
            ["CorrelationId"] = message.CorrelationId ?? message.MessageId,
            ["MessageId"] = message.MessageId,
        });
        var error = $"{failure.GetType().Name}: {failure.Message}";
        try
        {
            if (message.DeliveryCount >= _options.MaxDeliveries)
            {
                _logger.LogError(failure, "Message {MessageId} on {Queue} failed {Deliveries} times and is dead-lettered.", message.MessageId, message.Queue, message.DeliveryCount);
                LoFinMetrics.MessagesDeadLettered.Add(1, new KeyValuePair<string, object?>("queue", message.Queue));
                await _queue.DeadLetterAsync(message, error, CancellationToken.None);
                return;
            }
            var delay = RetryPolicy.DelayAfter(message.DeliveryCount, _options, Random.Shared.NextDouble());
            _logger.LogWarning(failure, "Message {MessageId} on {Queue} failed (delivery {Delivery}); retry in {DelayMs} ms.", message.MessageId, message.Queue, message.DeliveryCount, (long)delay.TotalMilliseconds);
            LoFinMetrics.MessagesFailed.Add(1, new KeyValuePair<string, object?>("queue", message.Queue));
            await _queue.RetryLaterAsync(message, error, _clock.GetUtcNow() + delay, CancellationToken.None);
        }
        catch (Exception recordFailure)
        {
            // The store refused even the failure record: the lease runs out and the message returns.
            _logger.LogError(recordFailure, "Could not record the failure of message {MessageId}.", message.MessageId);
        }
    }

    private async Task CompleteHandledAsync(ChannelReader<QueueMessage> handled, SemaphoreSlim slots)
    {
        var group = new List<QueueMessage>(_options.LeaseBatchSize);
        while (await handled.WaitToReadAsync())
        {
            group.Clear();
            while (group.Count < _options.LeaseBatchSize && handled.TryRead(out var message))
            {
                group.Add(message);
            }
            try
            {
                await _queue.CompleteAsync(group, CancellationToken.None);
            }
            catch (Exception ex)
            {
                // Handled but not removed: they come back after the lease and the inbox skips them.
                _logger.LogError(ex, "Could not complete {Count} handled messages.", group.Count);
            }
            slots.Release(group.Count);
        }
    }
}
