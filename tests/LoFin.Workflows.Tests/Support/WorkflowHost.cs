using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Testing;
using LoFin.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Workflows.Tests.Support;

/// <summary>
/// A whole workflow process for a test: a temporary SQLite store on a manual clock, the
/// services as <see cref="WorkflowServiceCollectionExtensions.AddLoFinWorkflows"/> registers
/// them plus the test workflows, and the real message pump running in the background.
/// Time moves only when the test says so; waits poll a condition with a bounded timeout.
/// </summary>
public sealed class WorkflowHost : IAsyncDisposable
{
    /// <summary>Monday 2026-03-02 09:00 in Seoul.</summary>
    public static readonly DateTimeOffset Monday0900Kst = new(2026, 3, 2, 0, 0, 0, TimeSpan.Zero);

    private static readonly TimeSpan WaitLimit = TimeSpan.FromSeconds(10);

    private readonly Action<IServiceCollection>? _configure;
    private readonly List<ServiceProvider> _otherProcesses = [];
    private ServiceProvider _provider = null!;
    private CancellationTokenSource _stop = null!;
    private Task _pump = null!;

    private WorkflowHost(Action<IServiceCollection>? configure)
    {
        _configure = configure;
        Clock = new ManualClock(Monday0900Kst);
        Store = new TempStore(Clock);
        Boot();
    }

    public ManualClock Clock { get; }

    public TempStore Store { get; }

    public WorkflowClient Client { get; private set; } = null!;

    /// <summary>What the test activities did, shared by the host's processes.</summary>
    public ActivityProbe Probe { get; } = new();

    /// <summary>Messages that arrived on <see cref="CompletionQueue"/>.</summary>
    public CapturingQueueFunction Completions { get; } = new("test-completions");

    public string CompletionQueue => Completions.Queue;

    public static WorkflowHost Start(Action<IServiceCollection>? configure = null) => new(configure);

    public T Service<T>() where T : notnull => _provider.GetRequiredService<T>();

    /// <summary>
    /// A client of a second process on the same store (as with Functions scale-out): its
    /// transitions race with this process's only through the etag.
    /// </summary>
    public WorkflowClient SecondProcessClient()
    {
        var services = new ServiceCollection();
        Register(services);
        var provider = services.BuildServiceProvider();
        _otherProcesses.Add(provider);
        return provider.GetRequiredService<WorkflowClient>();
    }

    /// <summary>Stops the process and starts a new one on the same database file: state and timers must survive.</summary>
    public async Task RestartProcessAsync()
    {
        await StopAsync();
        Store.Reopen();
        await Store.Queue.ReleaseOrphanedLeasesAsync();
        Boot();
    }

    /// <summary>Moves the clock, then waits until the pump has handled everything that became due.</summary>
    public async Task AdvanceAsync(TimeSpan by)
    {
        await WaitForIdleAsync();
        Clock.Advance(by);
        await WaitForIdleAsync();
    }

    /// <summary>
    /// Waits until no message is ready or in flight. Messages are written in the batch of the
    /// transition that causes them, so once none is ready or leased, every effect of the work
    /// so far has been committed; a scheduled message (a timer not yet due) stays scheduled.
    /// </summary>
    public async Task WaitForIdleAsync()
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var statistics = await Store.Queue.GetStatisticsAsync();
            if (statistics.Ready == 0 && statistics.InFlight == 0)
            {
                return;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"The queue did not go idle: {statistics}.");
            }
            await Task.Delay(10);
        }
    }

    public async Task<WorkflowInstanceView> WaitForStatusAsync(Domain.Tenancy.TenantId tenant, string instanceId, WorkflowStatus status)
    {
        var deadline = DateTime.UtcNow + WaitLimit;
        while (true)
        {
            var instance = await Client.GetAsync(tenant, instanceId, includeHistory: true);
            if (instance?.Status == status)
            {
                return instance;
            }
            if (DateTime.UtcNow > deadline)
            {
                throw new TimeoutException($"Instance {instanceId} is {instance?.Status.ToString() ?? "missing"}, not {status}.");
            }
            await Task.Delay(10);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        Store.Dispose();
    }

    private void Boot()
    {
        var services = new ServiceCollection();
        Register(services);
        _provider = services.BuildServiceProvider();
        Client = _provider.GetRequiredService<WorkflowClient>();

        var functions = _provider.GetServices<IQueueFunction>().Append(Completions).ToList();
        var pump = new MessagePump(Store.Queue,
            new QueueFunctionInvoker(Store.Documents, Clock, NullLogger<QueueFunctionInvoker>.Instance),
            functions, Clock,
            new MessagePumpOptions
            {
                IdlePollInterval = TimeSpan.FromMilliseconds(5),
                LeaseBatchSize = 16,
                MaxConcurrency = 8,
                LeaseDuration = TimeSpan.FromDays(30),
                BaseRetryDelay = TimeSpan.FromSeconds(1),
                MaxRetryDelay = TimeSpan.FromMinutes(1),
                MaxDeliveries = 5,
            },
            NullLogger<MessagePump>.Instance);
        _stop = new CancellationTokenSource();
        _pump = Task.Run(() => pump.RunAsync(_stop.Token));
    }

    private void Register(IServiceCollection services)
    {
        services.AddSingleton<IDocumentStore>(Store.Documents);
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton(typeof(ILogger<>), typeof(NullLogger<>));
        services.AddSingleton(Probe);
        services.AddLoFinWorkflows();
        services.AddSingleton<IWorkflow, CounterWorkflow>();
        services.AddSingleton<IWorkflow, TimerWorkflow>();
        services.AddSingleton<IWorkflow, ActivityWorkflow>();
        services.AddSingleton<IWorkflowActivity, EchoActivity>();
        services.AddSingleton<IWorkflowActivity, FlakyActivity>();
        _configure?.Invoke(services);
    }

    private async Task StopAsync()
    {
        await _stop.CancelAsync();
        await _pump;
        _stop.Dispose();
        await _provider.DisposeAsync();
        foreach (var other in _otherProcesses)
        {
            await other.DisposeAsync();
        }
        _otherProcesses.Clear();
    }
}
