namespace LoFin.Simulators.Bank.Scheduling;

/// <summary>
/// Work to run later (settlements, held-back and retried webhooks) on one timer from the
/// <see cref="TimeProvider"/>, armed for the earliest item: thousands of pending items cost one
/// timer and a heap, not a timer or a sleeping task each. Due times are on the monotonic clock
/// (<see cref="TimeProvider.GetTimestamp"/>), so setting the wall clock, as tests do to reach a
/// virtual account's expiry, neither fires nor stalls anything.
/// </summary>
public sealed class DueQueue : IDisposable
{
    /// <summary>Nothing the bank schedules waits longer; a longer delay is a configuration mistake, not a plan.</summary>
    public static readonly TimeSpan MaxDelay = TimeSpan.FromHours(1);

    private static readonly TimeSpan MinimumWait = TimeSpan.FromMilliseconds(1);

    private readonly TimeProvider _time;
    private readonly ILogger<DueQueue> _logger;
    private readonly PriorityQueue<Action, long> _items = new();
    private readonly ITimer _timer;
    private readonly Lock _lock = new();
    private long _armedFor = long.MaxValue;
    private bool _disposed;

    public DueQueue(TimeProvider time, ILogger<DueQueue> logger)
    {
        _time = time;
        _logger = logger;
        _timer = time.CreateTimer(_ => RunDue(), null, Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan);
    }

    public int Count
    {
        get
        {
            lock (_lock)
            {
                return _items.Count;
            }
        }
    }

    public void Schedule(TimeSpan delay, Action action)
    {
        ArgumentNullException.ThrowIfNull(action);
        if (delay < TimeSpan.Zero)
        {
            delay = TimeSpan.Zero;
        }
        ArgumentOutOfRangeException.ThrowIfGreaterThan(delay, MaxDelay);
        var due = _time.GetTimestamp() + ToTimestampTicks(delay);
        lock (_lock)
        {
            ObjectDisposedException.ThrowIf(_disposed, this);
            _items.Enqueue(action, due);
            if (due < _armedFor)
            {
                Arm(due);
            }
        }
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _items.Clear();
        }
        _timer.Dispose();
    }

    private void RunDue()
    {
        List<Action>? ready = null;
        lock (_lock)
        {
            if (_disposed)
            {
                return;
            }
            var now = _time.GetTimestamp();
            while (_items.TryPeek(out _, out var due) && due <= now)
            {
                (ready ??= []).Add(_items.Dequeue());
            }
            _armedFor = long.MaxValue;
            if (_items.TryPeek(out _, out var next))
            {
                Arm(next);
            }
        }
        if (ready is null)
        {
            return;
        }
        foreach (var action in ready)
        {
            try
            {
                action();
            }
            catch (Exception ex)
            {
                // One failed item must not stop the others due at the same time, nor the timer.
                _logger.LogError(ex, "Scheduled bank work failed.");
            }
        }
    }

    private void Arm(long due)
    {
        _armedFor = due;
        var wait = _time.GetElapsedTime(_time.GetTimestamp(), due);
        // Timers count whole milliseconds: a shorter wait would fire early and spin until the item is due.
        _timer.Change(wait < MinimumWait ? MinimumWait : wait, Timeout.InfiniteTimeSpan);
    }

    private long ToTimestampTicks(TimeSpan delay) =>
        (long)(delay.Ticks * ((double)_time.TimestampFrequency / TimeSpan.TicksPerSecond));
}
