using System.Diagnostics;

namespace LoFin.Bench;

/// <summary>
/// Every latency of one worker, in Stopwatch ticks. One list per worker so recording takes
/// no lock; merged and sorted once at the end for exact percentiles.
/// </summary>
public sealed class LatencySamples
{
    private readonly List<long> _ticks = new(capacity: 1 << 16);

    public int Count => _ticks.Count;

    public void Add(long startTimestamp) => _ticks.Add(Stopwatch.GetTimestamp() - startTimestamp);

    public static Percentiles Summarise(IEnumerable<LatencySamples> workers)
    {
        var all = workers.SelectMany(w => w._ticks).ToArray();
        if (all.Length == 0)
        {
            return new Percentiles(0, 0, 0, 0);
        }
        Array.Sort(all);
        double Ms(double quantile) => all[Math.Min(all.Length - 1, (int)(quantile * all.Length))] * 1000.0 / Stopwatch.Frequency;
        return new Percentiles(Ms(0.50), Ms(0.99), Ms(0.999), all[^1] * 1000.0 / Stopwatch.Frequency);
    }
}
