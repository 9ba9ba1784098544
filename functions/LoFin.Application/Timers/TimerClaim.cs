using LoFin.Application.Functions;

namespace LoFin.Application.Timers;

/// <summary>
/// An occurrence this process has claimed and is running. <see cref="State"/> and
/// <see cref="ETag"/> follow each write the claimer makes (lease renewals, then the outcome);
/// only one of those writes is in flight at a time.
/// </summary>
internal sealed class TimerClaim(ScheduledTimer timer, TimerInvocation invocation, TimerState state, string etag)
{
    public ScheduledTimer Timer { get; } = timer;

    public TimerInvocation Invocation { get; } = invocation;

    public TimerState State { get; set; } = state;

    public string ETag { get; set; } = etag;
}
