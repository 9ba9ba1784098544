namespace LoFin.Simulators.Bank.Seed;

/// <summary>
/// SplitMix64: a tiny generator whose output depends only on its seed, in every .NET version and
/// on every machine. <see cref="Random"/> with a seed does not promise that across versions, and
/// the demo data and the fault decisions must be the same wherever they are made.
/// </summary>
public struct SeedRandom(ulong seed)
{
    private ulong _state = seed;

    public ulong Next()
    {
        _state += 0x9E3779B97F4A7C15UL;
        return Mix(_state);
    }

    /// <summary>0 ≤ result &lt; <paramref name="bound"/>. The modulo bias is below 2⁻³² for the small bounds used here.</summary>
    public int Below(int bound)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(bound);
        return (int)(Next() % (ulong)bound);
    }

    /// <summary>Uniform in [0, 1), from the top 53 bits.</summary>
    public double NextUnit() => (Next() >> 11) * (1.0 / (1UL << 53));

    public static ulong Mix(ulong z)
    {
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBUL;
        return z ^ (z >> 31);
    }
}
