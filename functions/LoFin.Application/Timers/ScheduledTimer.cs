using LoFin.Application.Functions;

namespace LoFin.Application.Timers;

/// <summary>A registered timer function with its schedule parsed once.</summary>
internal sealed record ScheduledTimer(ITimerFunction Function, TimerSchedule Schedule)
{
    public string Name => Function.Name;

    public string DocumentId => TimerState.DocumentId(Function.Name);
}
