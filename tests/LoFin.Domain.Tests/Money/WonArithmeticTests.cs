using FsCheck;
using FsCheck.Fluent;
using LoFin.Domain.Money;

namespace LoFin.Domain.Tests.Money;

public sealed class WonArithmeticTests
{
    [Fact]
    public void Add_WhenSumIsExactlyLongMax_ReturnsIt() => Assert.Equal(long.MaxValue, WonArithmetic.Add(long.MaxValue - 1, 1));

    [Fact]
    public void Add_WhenSumIsOneAboveLongMax_ThrowsWonOverflow() =>
        Assert.Throws<WonOverflowException>(() => WonArithmetic.Add(long.MaxValue, 1));

    [Fact]
    public void Subtract_WhenDifferenceIsExactlyLongMin_ReturnsIt() => Assert.Equal(long.MinValue, WonArithmetic.Subtract(-1, long.MaxValue));

    [Fact]
    public void Subtract_WhenDifferenceIsOneBelowLongMin_ThrowsWonOverflow() =>
        Assert.Throws<WonOverflowException>(() => WonArithmetic.Subtract(-2, long.MaxValue));

    [Fact]
    public void TryAdd_WhenSumOverflows_ReturnsFalse()
    {
        Assert.False(WonArithmetic.TryAdd(long.MaxValue, 1, out _));
        Assert.True(WonArithmetic.TryAdd(long.MaxValue, 0, out var sum));
        Assert.Equal(long.MaxValue, sum);
    }

    [Fact]
    public void ProRataFloor_WhenShareHasAFraction_DropsIt() => Assert.Equal(333, WonArithmetic.ProRataFloor(1_000, 1, 3));

    [Fact]
    public void ProRataFloor_WhenProductExceedsLong_StillExact() =>
        Assert.Equal(long.MaxValue / 3 * 2, WonArithmetic.ProRataFloor(long.MaxValue / 3 * 3, 2, 3));

    [Fact]
    public void ProRataFloor_WhenShareExceedsLong_ThrowsWonOverflow() =>
        Assert.Throws<WonOverflowException>(() => WonArithmetic.ProRataFloor(long.MaxValue, 2, 1));

    [Fact]
    public void ProRataFloor_WhenDenominatorIsZero_Throws() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => WonArithmetic.ProRataFloor(1_000, 1, 0));

    [Theory]
    [InlineData(12_345, 10, 12_340)]
    [InlineData(12_340, 10, 12_340)]
    [InlineData(9, 10, 0)]
    [InlineData(1_999, 1_000, 1_000)]
    public void FloorToUnit_WhenAmountHasAnEnd_CutsIt(long amountWon, long unitWon, long expectedWon) =>
        Assert.Equal(expectedWon, WonArithmetic.FloorToUnit(amountWon, unitWon));

    [Fact]
    public void ProRataFloor_WhenRandomInputs_IsTheLargestWholeWonNotAboveTheExactShare()
    {
        var inputs = Gen.Choose(0, int.MaxValue).SelectMany(a => Gen.Choose(0, 1_000).SelectMany(n => Gen.Choose(1, 1_000), (n, d) => (Amount: (long)a * 4_000_000L, Numerator: (long)n, Denominator: (long)d)), (_, t) => t)
            .Where(t => t.Numerator <= t.Denominator);
        Prop.ForAll(inputs.ToArbitrary(), t =>
        {
            var share = WonArithmetic.ProRataFloor(t.Amount, t.Numerator, t.Denominator);
            var exactTimesDenominator = (Int128)t.Amount * t.Numerator;
            return (Int128)share * t.Denominator <= exactTimesDenominator && ((Int128)share + 1) * t.Denominator > exactTimesDenominator;
        }).QuickCheckThrowOnFailure();
    }
}
