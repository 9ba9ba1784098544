using LoFin.Simulators.Bank.Faults;

namespace LoFin.Simulators.Tests.Faults;

public sealed class FaultDiceTests
{
    [Fact]
    public void Roll_WhenSameSeedAndSubject_GivesSameNumber()
    {
        Assert.Equal(FaultDice.Roll(42, "loss", "batch|b-1|0"), FaultDice.Roll(42, "loss", "batch|b-1|0"));
    }

    [Fact]
    public void Roll_WhenSeedOrDecisionDiffers_GivesAnotherNumber()
    {
        var roll = FaultDice.Roll(42, "loss", "batch|b-1|0");

        Assert.NotEqual(roll, FaultDice.Roll(43, "loss", "batch|b-1|0"));
        Assert.NotEqual(roll, FaultDice.Roll(42, "duplicate", "batch|b-1|0"));
    }

    [Fact]
    public void Happens_WhenRateIsHalf_HappensToAboutHalf()
    {
        var count = Enumerable.Range(0, 10_000).Count(i => FaultDice.Happens(7, "transfer-failure", $"t-{i}", 0.5));

        Assert.InRange(count, 4_700, 5_300);
    }

    [Fact]
    public void Happens_WhenRateIsZeroOrOne_IsNeverOrAlways()
    {
        Assert.DoesNotContain(Enumerable.Range(0, 1000), i => FaultDice.Happens(7, "loss", $"e-{i}", 0));
        Assert.All(Enumerable.Range(0, 1000), i => Assert.True(FaultDice.Happens(7, "loss", $"e-{i}", 1)));
    }

    [Fact]
    public void Shuffle_WhenSameSeed_GivesSamePermutationOfSameItems()
    {
        var first = Enumerable.Range(0, 20).ToList();
        var second = Enumerable.Range(0, 20).ToList();

        FaultDice.Shuffle(first, 9, "batch|b");
        FaultDice.Shuffle(second, 9, "batch|b");

        Assert.Equal(first, second);
        Assert.NotEqual(Enumerable.Range(0, 20), first);
        Assert.Equal(Enumerable.Range(0, 20), first.Order());
    }
}
