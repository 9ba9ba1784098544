namespace LoFin.Application.Budget.Demo;

/// <summary>
/// SplitMix64: a tiny deterministic generator, so the demo budgets are the same on every machine
/// and every .NET version (System.Random's seeded sequence is not promised across versions).
/// </summary>
internal sealed class DemoRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        var z = _state += 0x9E3779B97F4A7C15UL;
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }

    /// <summary>0 ≤ result &lt; max.</summary>
    public int Below(int max) => (int)(Next() % (ulong)max);

    public int Between(int min, int maxInclusive) => min + Below(maxInclusive - min + 1);
}
