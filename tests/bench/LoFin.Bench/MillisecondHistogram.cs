namespace LoFin.Bench;

/// <summary>
/// Latencies in whole milliseconds, one counter per millisecond up to a minute: fixed memory
/// however many messages pass, so it does not disturb the memory figures it sits beside.
/// </summary>
public sealed class MillisecondHistogram
{
    private readonly long[] _counts = new long[60_001];

    public void Record(double milliseconds)
    {
        var bucket = (int)Math.Clamp(milliseconds, 0, _counts.Length - 1);
        Interlocked.Increment(ref _counts[bucket]);
    }

    public Percentiles Summarise()
    {
        var total = _counts.Sum();
        if (total == 0)
        {
            return new Percentiles(0, 0, 0, 0);
        }
        double At(double quantile)
        {
            var rank = (long)Math.Ceiling(quantile * total);
            long seen = 0;
            for (var ms = 0; ms < _counts.Length; ms++)
            {
                seen += _counts[ms];
                if (seen >= rank)
                {
                    return ms;
                }
            }
            return _counts.Length - 1;
        }
        var max = Array.FindLastIndex(_counts, c => c > 0);
        return new Percentiles(At(0.50), At(0.99), At(0.999), max);
    }
}
