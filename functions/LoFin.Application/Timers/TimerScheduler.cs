using LoFin.Application.Observability;
using System.Collections.Concurrent;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using Microsoft.Extensions.Logging;

namespace LoFin.Application.Timers;

/// <summary>
/// The local stand-in for the Functions host's timer trigger. For each timer function it keeps
/// a <see cref="TimerState"/> document; an occurrence runs only after this process has claimed
/// it by moving the state's anchor with an etag-conditional replace. Hence:
/// <list type="bullet">
/// <item>each occurrence runs at most once, across app instances and restarts (a claimed
/// occurrence that fails or whose process dies is recorded, not retried: Azure retries timers
/// only with a retry policy);</item>
/// <item>after downtime over several occurrences the function runs once, with
/// <see cref="TimerInvocation.IsPastDue"/> and <see cref="TimerInvocation.MissedOccurrences"/>;</item>
/// <item>a function seen for the first time (or whose schedule changed) owes nothing for the
/// past: it waits for its next occurrence. There is no RunOnStartup.</item>
/// </list>
/// Different functions run concurrently, each on its own task, so a slow one delays no other;
/// one function never overlaps itself (here by the in-process run list, across instances by the
/// claim's renewed lease), as Azure's singleton timer listener behaves.
/// </summary>
public sealed class TimerScheduler
{
    /// <summary>Counting missed occurrences one by one stops here (a day of an every-second timer); the count then means "at least".</summary>
    public const int MaxCountedOccurrences = 100_000;

    private static readonly TimeSpan ShortestSleep = TimeSpan.FromMilliseconds(1);

    private readonly IReadOnlyList<ScheduledTimer> _timers;
    private readonly TimerFunctionInvoker _invoker;
    private readonly IDocumentStore _store;
    private readonly TimeProvider _clock;
    private readonly TimerSchedulerOptions _options;
    private readonly ILogger<TimerScheduler> _logger;
    private readonly ConcurrentDictionary<string, Task> _running = new(StringComparer.Ordinal);

    /// <summary>
    /// When each idle function is next due, as last read from its state: until then the state
    /// is not read again. Another instance claiming that occurrence first is noticed at that time.
    /// </summary>
    private readonly ConcurrentDictionary<string, DateTimeOffset> _nextDue = new(StringComparer.Ordinal);

    public TimerScheduler(TimerFunctionInvoker invoker, IDocumentStore store, TimeProvider clock, TimerSchedulerOptions options, ILogger<TimerScheduler> logger)
    {
        ArgumentNullException.ThrowIfNull(invoker);
        ArgumentNullException.ThrowIfNull(options);
        if (options.PollInterval <= TimeSpan.Zero || options.RunLease <= TimeSpan.Zero || options.PastDueAfter < TimeSpan.Zero)
        {
            throw new ArgumentException("PollInterval and RunLease must be positive and PastDueAfter not negative.", nameof(options));
        }
        ArgumentException.ThrowIfNullOrWhiteSpace(options.InstanceId);
        _invoker = invoker;
        _store = store;
        _clock = clock;
        _options = options;
        _logger = logger;
        _timers = [.. invoker.Functions
            .OrderBy(function => function.Name, StringComparer.Ordinal)
            .Select(function => new ScheduledTimer(function, TimerSchedule.Parse(function.Schedule)))];
    }

    public string InstanceId => _options.InstanceId;

    /// <summary>
    /// The scheduler loop for a hosted service: runs what is due, then sleeps until the next due
    /// time or <see cref="TimerSchedulerOptions.PollInterval"/>, whichever is sooner. On
    /// cancellation it stops claiming and waits for the runs in flight (which see the same
    /// token) to record their outcome.
    /// </summary>
    public async Task RunAsync(CancellationToken stoppingToken)
    {
        using var scope = LogScope(function: null);
        _logger.LogInformation("Timer scheduler {InstanceId} started with {Count} timer function(s): {Functions}.",
            _options.InstanceId, _timers.Count, string.Join(", ", _timers.Select(timer => $"{timer.Name} ({timer.Schedule})")));
        try
        {
            while (!stoppingToken.IsCancellationRequested)
            {
                DateTimeOffset? wakeAt = null;
                try
                {
                    (_, wakeAt) = await StartDueAsync(stoppingToken);
                }
                catch (Exception ex) when (!stoppingToken.IsCancellationRequested)
                {
                    _logger.LogError(ex, "A timer scheduler round failed; the next round comes after the poll interval.");
                }
                await Task.Delay(SleepUntil(wakeAt), _clock, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: fall through and wait for the runs in flight.
        }
        await Task.WhenAll(_running.Values.ToArray());
        _logger.LogInformation("Timer scheduler {InstanceId} stopped.", _options.InstanceId);
    }

    /// <summary>
    /// Claims and runs every occurrence due now (concurrently, one per function) and returns how
    /// many ran, after they have finished and recorded their outcome. Functions already running
    /// in this process are skipped.
    /// </summary>
    public async Task<int> RunDueAsync(CancellationToken cancellationToken = default)
    {
        var (started, _) = await StartDueAsync(cancellationToken);
        await Task.WhenAll(started);
        return started.Count;
    }

    /// <summary>Every timer's schedule status for operators, by name, including states left by functions no longer registered.</summary>
    public async Task<IReadOnlyList<TimerStatus>> ListAsync(CancellationToken cancellationToken = default)
    {
        var states = new Dictionary<string, TimerState>(StringComparer.Ordinal);
        var query = new DocumentQuery { PageSize = DocumentLimits.MaxPageSize };
        do
        {
            var page = await _store.QueryAsync<TimerState>(TimerState.Partition, query, cancellationToken);
            foreach (var document in page.Items)
            {
                states[document.Body.FunctionName] = document.Body;
            }
            query = query with { ContinuationToken = page.ContinuationToken };
        }
        while (query.ContinuationToken is not null);

        var now = _clock.GetUtcNow();
        var statuses = new List<TimerStatus>(_timers.Count + states.Count);
        foreach (var timer in _timers)
        {
            var state = states.GetValueOrDefault(timer.Name);
            states.Remove(timer.Name);
            var owedAfter = state is not null && state.Schedule == timer.Schedule.Expression ? state.AnchorAt : now;
            statuses.Add(new TimerStatus(timer.Name, timer.Schedule.Expression, Registered: true, state?.FirstSeenAt,
                timer.Schedule.NextAfter(owedAfter, _options.TimeZone), state?.LastRun?.ScheduledAt, AsSeenAt(state?.LastRun, now), state?.LastFailure));
        }
        foreach (var state in states.Values)
        {
            statuses.Add(new TimerStatus(state.FunctionName, state.Schedule, Registered: false, state.FirstSeenAt, NextOccurrence: null,
                state.LastRun?.ScheduledAt, AsSeenAt(state.LastRun, now), state.LastFailure));
        }
        return [.. statuses.OrderBy(status => status.Name, StringComparer.Ordinal)];
    }

    /// <summary>Timers are platform-wide work, so their log lines carry the national tenant.</summary>
    private IDisposable? LogScope(string? function) =>
        _logger.BeginScope(new LogScope
        {
            ["TenantId"] = TimerState.Partition.Value,
            ["TimerScheduler"] = _options.InstanceId,
            ["Function"] = function,
        });

    private static TimerRunRecord? AsSeenAt(TimerRunRecord? run, DateTimeOffset now) =>
        run is { Outcome: TimerRunOutcome.Running } && !run.HoldsLease(now) ? run with { Outcome = TimerRunOutcome.Abandoned } : run;

    private TimeSpan SleepUntil(DateTimeOffset? wakeAt)
    {
        if (wakeAt is not { } due)
        {
            return _options.PollInterval;
        }
        var untilDue = due - _clock.GetUtcNow();
        return untilDue < ShortestSleep ? ShortestSleep : untilDue < _options.PollInterval ? untilDue : _options.PollInterval;
    }

    /// <summary>Claims and starts what is due; returns the started runs and the earliest time an idle function falls due.</summary>
    private async Task<(List<Task> Started, DateTimeOffset? WakeAt)> StartDueAsync(CancellationToken cancellationToken)
    {
        var started = new List<Task>();
        DateTimeOffset? wakeAt = null;
        foreach (var timer in _timers)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (_running.ContainsKey(timer.Name))
            {
                continue;
            }
            var now = _clock.GetUtcNow();
            if (!_nextDue.TryGetValue(timer.Name, out var next) || next <= now)
            {
                // The scope flows into the run started below, so every line about this timer carries it.
                using var scope = LogScope(timer.Name);
                TimerClaim? claim;
                try
                {
                    claim = await TryClaimAsync(timer, now, cancellationToken);
                }
                catch (Exception ex) when (!cancellationToken.IsCancellationRequested)
                {
                    // One timer's trouble (store unavailable, corrupt state) must not stop the others.
                    _logger.LogError(ex, "Could not check timer {Function}; it is checked again next round.", timer.Name);
                    continue;
                }
                if (claim is not null)
                {
                    started.Add(Start(claim, cancellationToken));
                    continue;
                }
                if (!_nextDue.TryGetValue(timer.Name, out next))
                {
                    continue;
                }
            }
            if (next > now && (wakeAt is null || next < wakeAt))
            {
                wakeAt = next;
            }
        }
        return (started, wakeAt);
    }

    private async Task<TimerClaim?> TryClaimAsync(ScheduledTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        var document = await _store.ReadAsync<TimerState>(TimerState.Partition, timer.DocumentId, cancellationToken);
        if (document is null)
        {
            await RecordFirstSeenAsync(timer, now, cancellationToken);
            return null;
        }
        var state = document.Body;
        if (state.LastRun is { } current && current.HoldsLease(now))
        {
            // Running elsewhere (another instance, or this process before a restart): no overlap.
            return null;
        }
        if (state.Schedule != timer.Schedule.Expression)
        {
            await ReanchorAsync(timer, document, now, cancellationToken);
            return null;
        }
        var first = timer.Schedule.NextAfter(state.AnchorAt, _options.TimeZone);
        if (first > now)
        {
            _nextDue[timer.Name] = first;
            return null;
        }

        var (latest, count) = LatestDue(timer.Schedule, first, now);
        var pastDue = count > 1 || now - latest > _options.PastDueAfter;
        var previous = state.LastRun?.ScheduledAt;
        var invocation = new TimerInvocation(latest, previous, pastDue, pastDue ? count : 0);
        var run = new TimerRunRecord(latest, previous, pastDue, invocation.MissedOccurrences, _options.InstanceId,
            StartedAt: now, LeaseUntil: now + _options.RunLease, TimerRunOutcome.Running);
        var failure = state.LastFailure;
        if (state.LastRun is { Outcome: TimerRunOutcome.Running } abandoned)
        {
            failure = new TimerFailure(abandoned.ScheduledAt, now,
                $"Abandoned: {abandoned.ClaimedBy} stopped before recording an outcome and its lease ran out at {abandoned.LeaseUntil:o}; not retried.");
            _logger.LogWarning("Timer {Function}: the occurrence of {ScheduledAt:o} claimed by {ClaimedBy} was abandoned; it is not run again.",
                timer.Name, abandoned.ScheduledAt, abandoned.ClaimedBy);
        }
        Document<TimerState> claimed;
        try
        {
            claimed = await _store.ReplaceAsync(TimerState.Partition, timer.DocumentId,
                state with { AnchorAt = latest, LastRun = run, LastFailure = failure }, document.ETag, cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            _logger.LogDebug("Timer {Function}: another instance claimed the occurrence of {ScheduledAt:o} first.", timer.Name, latest);
            return null;
        }
        _nextDue[timer.Name] = timer.Schedule.NextAfter(latest, _options.TimeZone);
        return new TimerClaim(timer, invocation, claimed.Body, claimed.ETag);
    }

    private async Task RecordFirstSeenAsync(ScheduledTimer timer, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await _store.CreateAsync(TimerState.Partition, timer.DocumentId,
                new TimerState(timer.Name, timer.Schedule.Expression, FirstSeenAt: now, AnchorAt: now), cancellationToken);
        }
        catch (DocumentConflictException)
        {
            // Another instance saw it first; its state stands and is read next round.
            return;
        }
        var next = timer.Schedule.NextAfter(now, _options.TimeZone);
        _nextDue[timer.Name] = next;
        _logger.LogInformation("Timer {Function} ({Schedule}) is new: it owes nothing for the past and first runs at {Next:o}.",
            timer.Name, timer.Schedule, next);
    }

    private async Task ReanchorAsync(ScheduledTimer timer, Document<TimerState> document, DateTimeOffset now, CancellationToken cancellationToken)
    {
        try
        {
            await _store.ReplaceAsync(TimerState.Partition, timer.DocumentId,
                document.Body with { Schedule = timer.Schedule.Expression, AnchorAt = now }, document.ETag, cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            return;
        }
        var next = timer.Schedule.NextAfter(now, _options.TimeZone);
        _nextDue[timer.Name] = next;
        _logger.LogInformation("Timer {Function} changed schedule from {OldSchedule} to {Schedule}: occurrences count from now; next at {Next:o}.",
            timer.Name, document.Body.Schedule, timer.Schedule, next);
    }

    /// <summary>The latest occurrence at or before <paramref name="now"/> and how many there are from <paramref name="first"/> to it.</summary>
    private (DateTimeOffset Latest, int Count) LatestDue(TimerSchedule schedule, DateTimeOffset first, DateTimeOffset now)
    {
        var latest = first;
        for (var count = 1; ; count++)
        {
            var next = schedule.NextAfter(latest, _options.TimeZone);
            if (next > now)
            {
                return (latest, count);
            }
            latest = next;
            if (count + 1 == MaxCountedOccurrences)
            {
                return (LatestBySearchingBack(schedule, latest, now), MaxCountedOccurrences);
            }
        }
    }

    /// <summary>
    /// Finds the last occurrence at or before <paramref name="now"/> without walking every one
    /// since <paramref name="known"/> (an occurrence already known to be due): looks in windows
    /// ending at now, doubling until one holds an occurrence.
    /// </summary>
    private DateTimeOffset LatestBySearchingBack(TimerSchedule schedule, DateTimeOffset known, DateTimeOffset now)
    {
        for (var window = TimeSpan.FromSeconds(1); ; window += window)
        {
            var from = now - window > known ? now - window : known;
            var latest = known;
            for (var candidate = schedule.NextAfter(from, _options.TimeZone); candidate <= now; candidate = schedule.NextAfter(candidate, _options.TimeZone))
            {
                latest = candidate;
            }
            if (latest != known || from == known)
            {
                return latest;
            }
        }
    }

    private Task Start(TimerClaim claim, CancellationToken cancellationToken)
    {
        var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _running[claim.Timer.Name] = done.Task;
        // Task.Run: a function that blocks before its first await must not hold up the scheduler.
        _ = Task.Run(async () =>
        {
            try
            {
                await RunClaimedAsync(claim, cancellationToken);
            }
            catch (Exception ex)
            {
                _logger.LogError(ex, "Timer {Function}: the run of {ScheduledAt:o} ended unexpectedly.", claim.Timer.Name, claim.Invocation.ScheduledAt);
            }
            finally
            {
                _running.TryRemove(new KeyValuePair<string, Task>(claim.Timer.Name, done.Task));
                done.SetResult();
            }
        }, CancellationToken.None);
        return done.Task;
    }

    private async Task RunClaimedAsync(TimerClaim claim, CancellationToken cancellationToken)
    {
        TimerInvocationResult result;
        using (var stopRenewing = new CancellationTokenSource())
        {
            var renewing = RenewLeaseAsync(claim, stopRenewing.Token);
            try
            {
                result = await _invoker.InvokeAsync(claim.Timer.Function, claim.Invocation, cancellationToken);
            }
            finally
            {
                await stopRenewing.CancelAsync();
                await renewing;
            }
        }

        var completedAt = _clock.GetUtcNow();
        try
        {
            var recorded = await UpdateOwnRunAsync(claim, state => state with
            {
                LastRun = state.LastRun! with
                {
                    Outcome = result.Outcome,
                    CompletedAt = completedAt,
                    DurationMs = (long)result.Duration.TotalMilliseconds,
                    Error = result.Error,
                },
                LastFailure = result.Succeeded ? state.LastFailure : new TimerFailure(claim.Invocation.ScheduledAt, completedAt, result.Error ?? "Failed."),
            });
            if (!recorded)
            {
                _logger.LogWarning("Timer {Function}: the outcome of {ScheduledAt:o} ({Outcome}) was not recorded: another instance took over after the lease ran out.",
                    claim.Timer.Name, claim.Invocation.ScheduledAt, result.Outcome);
            }
        }
        catch (Exception ex)
        {
            _logger.LogError(ex, "Timer {Function}: could not record the outcome of {ScheduledAt:o} ({Outcome}); it will show as abandoned when the lease runs out.",
                claim.Timer.Name, claim.Invocation.ScheduledAt, result.Outcome);
        }
    }

    /// <summary>Keeps the claim's lease alive while the function runs, so other instances keep off only for as long as this one lives.</summary>
    private async Task RenewLeaseAsync(TimerClaim claim, CancellationToken stop)
    {
        var every = _options.RunLease / 3;
        while (!stop.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(every, _clock, stop);
            }
            catch (OperationCanceledException) when (stop.IsCancellationRequested)
            {
                return;
            }
            try
            {
                var leaseUntil = _clock.GetUtcNow() + _options.RunLease;
                if (!await UpdateOwnRunAsync(claim, state => state with { LastRun = state.LastRun! with { LeaseUntil = leaseUntil } }))
                {
                    _logger.LogWarning("Timer {Function}: lost the claim on {ScheduledAt:o} to another instance while still running.", claim.Timer.Name, claim.Invocation.ScheduledAt);
                    return;
                }
            }
            catch (Exception ex)
            {
                _logger.LogWarning(ex, "Timer {Function}: could not renew the lease on {ScheduledAt:o}; trying again.", claim.Timer.Name, claim.Invocation.ScheduledAt);
            }
        }
    }

    /// <summary>
    /// Writes a change to this process's own claimed run. False when the state no longer shows
    /// our claim (another instance claimed a later occurrence after our lease ran out).
    /// The writes are not cancellable: a cancelled write could land and leave our etag stale.
    /// </summary>
    private async Task<bool> UpdateOwnRunAsync(TimerClaim claim, Func<TimerState, TimerState> change)
    {
        const int attempts = 3;
        for (var attempt = 1; attempt <= attempts; attempt++)
        {
            try
            {
                var written = await _store.ReplaceAsync(TimerState.Partition, claim.Timer.DocumentId, change(claim.State), claim.ETag, CancellationToken.None);
                claim.State = written.Body;
                claim.ETag = written.ETag;
                return true;
            }
            catch (DocumentPreconditionFailedException)
            {
                var current = await _store.ReadAsync<TimerState>(TimerState.Partition, claim.Timer.DocumentId, CancellationToken.None);
                if (current?.Body.LastRun is not { } run || run.ScheduledAt != claim.Invocation.ScheduledAt || run.ClaimedBy != _options.InstanceId)
                {
                    return false;
                }
                claim.State = current.Body;
                claim.ETag = current.ETag;
            }
        }
        return false;
    }
}
