using LoFin.Simulators.Bank.Seed;

namespace LoFin.Simulators.Bank.Faults;

/// <summary>
/// Deterministic chances: a number in [0, 1) from a seed, what is being decided ("loss",
/// "duplicate", …) and the identity of the thing decided about. Hashing instead of drawing from
/// a shared generator keeps decisions independent of thread timing and arrival order.
/// </summary>
public static class FaultDice
{
    private const ulong FnvOffset = 0xCBF29CE484222325UL;
    private const ulong FnvPrime = 0x100000001B3UL;

    public static double Roll(long seed, string decision, string subject)
    {
        var random = new SeedRandom(Hash(seed, decision, subject));
        return random.NextUnit();
    }

    /// <summary>True with probability <paramref name="rate"/>; never for 0, always for 1.</summary>
    public static bool Happens(long seed, string decision, string subject, double rate) =>
        rate > 0 && (rate >= 1 || Roll(seed, decision, subject) < rate);

    /// <summary>The same permutation for the same seed and subject.</summary>
    public static void Shuffle<T>(IList<T> items, long seed, string subject)
    {
        var random = new SeedRandom(Hash(seed, "shuffle", subject));
        for (var i = items.Count - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (items[i], items[j]) = (items[j], items[i]);
        }
    }

    private static ulong Hash(long seed, string decision, string subject)
    {
        // FNV-1a over the UTF-16 code units, then mixed with the seed: string.GetHashCode is randomised per process.
        var hash = FnvOffset;
        foreach (var c in decision)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        hash = (hash ^ '|') * FnvPrime;
        foreach (var c in subject)
        {
            hash = (hash ^ c) * FnvPrime;
        }
        return SeedRandom.Mix(hash ^ SeedRandom.Mix((ulong)seed));
    }
}
