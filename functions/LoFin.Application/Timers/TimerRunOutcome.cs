namespace LoFin.Application.Timers;

public enum TimerRunOutcome
{
    /// <summary>Claimed and started; the claimer renews its lease while the function runs.</summary>
    Running,
    Succeeded,
    Failed,

    /// <summary>The claimer stopped (crash, kill) before recording an outcome and its lease ran out. Not retried.</summary>
    Abandoned,
}
