using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Storage.Embedded.Tests.Messaging;

/// <summary>A <see cref="MessagePump"/> running in the background on a test store, until stopped.</summary>
public sealed class RunningPump : IAsyncDisposable
{
    public static readonly MessagePumpOptions TestOptions = new()
    {
        IdlePollInterval = TimeSpan.FromMilliseconds(10),
        LeaseErrorDelay = TimeSpan.FromMilliseconds(10),
    };

    private readonly CancellationTokenSource _stop = new();
    private readonly Task _run;

    private RunningPump(MessagePump pump) => _run = Task.Run(() => pump.RunAsync(_stop.Token));

    public static RunningPump Start(TempStore store, TimeProvider clock, IEnumerable<IQueueFunction> functions, MessagePumpOptions? options = null, IMessageQueue? queue = null)
    {
        var invoker = new QueueFunctionInvoker(store.Documents, clock, NullLogger<QueueFunctionInvoker>.Instance);
        var pump = new MessagePump(queue ?? store.Queue, invoker, functions, clock, options ?? TestOptions, NullLogger<MessagePump>.Instance);
        return new RunningPump(pump);
    }

    /// <summary>True when the pump stopped by itself: a crash, since only <see cref="StopAsync"/> should end it.</summary>
    public bool HasStopped => _run.IsCompleted;

    /// <summary>Asks the pump to stop without waiting: safe to call from inside a handler.</summary>
    public void RequestStop() => _stop.Cancel();

    /// <summary>Waits until the pump stopped after <see cref="RequestStop"/>.</summary>
    public Task StoppedAsync() => _run.WaitAsync(Eventually.DefaultTimeout);

    /// <summary>Stops the pump and waits until its handlers finished and their completions were written.</summary>
    public async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _run.WaitAsync(Eventually.DefaultTimeout);
    }

    public async ValueTask DisposeAsync()
    {
        if (!_stop.IsCancellationRequested)
        {
            await StopAsync();
        }
        _stop.Dispose();
    }
}
