using System.Diagnostics.CodeAnalysis;
using LoFin.Domain.Money;

namespace LoFin.Domain.Budget;

/// <summary>
/// A line's amount by 재원 (국비, 시도비, 시군구비, 기타). Execution is recorded against the line
/// as a whole; the split says how much of it each source pays, and <see cref="Allocate"/>
/// divides an executed amount the same way.
/// </summary>
public readonly record struct FundingSplit
{
    private FundingSplit(long nationalWon, long provincialWon, long municipalWon, long otherWon)
    {
        NationalWon = nationalWon;
        ProvincialWon = provincialWon;
        MunicipalWon = municipalWon;
        OtherWon = otherWon;
        TotalWon = nationalWon + provincialWon + municipalWon + otherWon;
    }

    public long NationalWon { get; }

    public long ProvincialWon { get; }

    public long MunicipalWon { get; }

    public long OtherWon { get; }

    public long TotalWon { get; }

    public long this[FundingSource source] => source switch
    {
        FundingSource.National => NationalWon,
        FundingSource.Provincial => ProvincialWon,
        FundingSource.Municipal => MunicipalWon,
        FundingSource.Other => OtherWon,
        _ => throw new ArgumentOutOfRangeException(nameof(source)),
    };

    public static FundingSplit Create(long nationalWon, long provincialWon, long municipalWon, long otherWon) =>
        TryCreate(nationalWon, provincialWon, municipalWon, otherWon, out var split, out var problem) ? split : throw new ArgumentException(problem);

    public static bool TryCreate(long nationalWon, long provincialWon, long municipalWon, long otherWon, out FundingSplit split, [NotNullWhen(false)] out string? problem)
    {
        split = default;
        if (nationalWon < 0 || provincialWon < 0 || municipalWon < 0 || otherWon < 0)
        {
            problem = ClassificationMessages.NegativeFundingShare;
            return false;
        }
        if (!WonArithmetic.TryAdd(nationalWon, provincialWon, out var sum) || !WonArithmetic.TryAdd(sum, municipalWon, out sum) || !WonArithmetic.TryAdd(sum, otherWon, out _))
        {
            problem = ClassificationMessages.FundingTotalTooLarge;
            return false;
        }
        split = new FundingSplit(nationalWon, provincialWon, municipalWon, otherWon);
        problem = null;
        return true;
    }

    /// <summary>
    /// Divides <paramref name="amountWon"/> in the proportions of this split. Each share is
    /// floored (절사), and the won the floors drop go to <paramref name="ownSource"/> — the
    /// government's own money (시군구비 for a 기초, 시도비 for a 광역) absorbs the 단수, so a
    /// national or provincial share is never rounded up. When the own source has no share the
    /// remainder goes to the largest share instead. The parts always add up to the amount.
    /// </summary>
    public FundingSplit Allocate(long amountWon, FundingSource ownSource)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountWon);
        if (TotalWon == 0)
        {
            throw new InvalidOperationException("An empty funding split cannot divide an amount.");
        }
        Span<long> shares =
        [
            WonArithmetic.ProRataFloor(amountWon, NationalWon, TotalWon),
            WonArithmetic.ProRataFloor(amountWon, ProvincialWon, TotalWon),
            WonArithmetic.ProRataFloor(amountWon, MunicipalWon, TotalWon),
            WonArithmetic.ProRataFloor(amountWon, OtherWon, TotalWon),
        ];
        var remainder = amountWon - shares[0] - shares[1] - shares[2] - shares[3];
        var absorber = this[ownSource] > 0 ? ownSource : Largest();
        shares[(int)absorber - 1] += remainder;
        return new FundingSplit(shares[0], shares[1], shares[2], shares[3]);
    }

    private FundingSource Largest()
    {
        var largest = FundingSource.National;
        foreach (var source in (ReadOnlySpan<FundingSource>)[FundingSource.Provincial, FundingSource.Municipal, FundingSource.Other])
        {
            if (this[source] > this[largest])
            {
                largest = source;
            }
        }
        return largest;
    }
}
