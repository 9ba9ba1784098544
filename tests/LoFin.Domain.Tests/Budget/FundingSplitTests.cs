using FsCheck;
using FsCheck.Fluent;
using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class FundingSplitTests
{
    [Fact]
    public void Allocate_WhenSharesLeaveWonsBehind_GivesThemToTheOwnSource()
    {
        // 국비 50%, 시도비 30%, 시군구비 20% of 1,001원: 500.5 / 300.3 / 200.2 → 500 / 300 / 201.
        var split = FundingSplit.Create(5_000, 3_000, 2_000, 0).Allocate(1_001, FundingSource.Municipal);
        Assert.Equal((500L, 300L, 201L, 0L), (split.NationalWon, split.ProvincialWon, split.MunicipalWon, split.OtherWon));
    }

    [Fact]
    public void Allocate_WhenOwnSourceHasNoShare_GivesTheRemainderToTheLargestShare()
    {
        var split = FundingSplit.Create(2, 1, 0, 0).Allocate(10, FundingSource.Municipal);
        Assert.Equal((7L, 3L, 0L), (split.NationalWon, split.ProvincialWon, split.MunicipalWon));
    }

    [Fact]
    public void TryCreate_WhenAShareIsNegative_Refuses()
    {
        Assert.False(FundingSplit.TryCreate(1, -1, 0, 0, out _, out var problem));
        Assert.Contains("0원 이상", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_WhenTotalOverflows_Refuses() => Assert.False(FundingSplit.TryCreate(long.MaxValue, 1, 0, 0, out _, out _));

    [Fact]
    public void Allocate_WhenRandomSplits_PartsAddUpAndNoTransferredShareIsRoundedUp()
    {
        var shares = Gen.Choose(0, 1_000_000);
        var inputs = Gen.Four(shares).Where(s => s.Item1 + s.Item2 + s.Item3 + s.Item4 > 0)
            .SelectMany(_ => Gen.Choose(0, int.MaxValue), (s, amount) => (Shares: s, Amount: (long)amount * 1_000));
        Prop.ForAll(inputs.ToArbitrary(), t =>
        {
            var split = FundingSplit.Create(t.Shares.Item1, t.Shares.Item2, t.Shares.Item3, t.Shares.Item4);
            var parts = split.Allocate(t.Amount, FundingSource.Municipal);
            var national = (Int128)t.Amount * split.NationalWon;
            var provincial = (Int128)t.Amount * split.ProvincialWon;
            return parts.TotalWon == t.Amount
                && (Int128)parts.NationalWon * split.TotalWon <= national
                && (Int128)parts.ProvincialWon * split.TotalWon <= provincial;
        }).QuickCheckThrowOnFailure();
    }
}
