using LoFin.Domain.Budget;

namespace LoFin.Application.Budget.Structure;

/// <summary>A funding split as stored and as HTTP shows it: won per 재원 and their total.</summary>
public sealed record FundingAmounts(long NationalWon, long ProvincialWon, long MunicipalWon, long OtherWon)
{
    public long TotalWon => NationalWon + ProvincialWon + MunicipalWon + OtherWon;

    public static FundingAmounts From(FundingSplit split) => new(split.NationalWon, split.ProvincialWon, split.MunicipalWon, split.OtherWon);

    public FundingSplit ToSplit() => FundingSplit.Create(NationalWon, ProvincialWon, MunicipalWon, OtherWon);
}
