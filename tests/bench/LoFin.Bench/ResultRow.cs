namespace LoFin.Bench;

/// <summary>One line of the results table: what was measured, how fast, against which target.</summary>
/// <remarks>
/// <see cref="CpuSeconds"/> is the whole process's CPU time in the measured window: CPU per
/// operation is steadier than the rate on a machine shared with other work, so it is the
/// figure to compare before and after an optimisation.
/// </remarks>
public sealed record ResultRow(string Scenario, string Setting, long Operations, double Seconds, double CpuSeconds, string Unit, Percentiles Latency, double? Target)
{
    public double PerSecond => Operations / Seconds;

    public double CpuMicrosecondsPerOperation => Operations == 0 ? 0 : CpuSeconds * 1_000_000 / Operations;

    public string Verdict => Target is null ? "" : PerSecond >= Target ? "met" : "MISSED";
}
