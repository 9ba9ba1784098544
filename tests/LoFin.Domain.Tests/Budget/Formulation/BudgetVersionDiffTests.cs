using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Formulation;

namespace LoFin.Domain.Tests.Budget.Formulation;

public sealed class BudgetVersionDiffTests
{
    private static BudgetLineKey Key(string item) => BudgetLineKey.Parse($"2026/100/6110070/D-0001/{item}");

    [Fact]
    public void Compute_WhenLinesChange_ClassifiesEachWithItsDelta()
    {
        var before = new Dictionary<BudgetLineKey, long> { [Key("201-01")] = 100, [Key("201-02")] = 200, [Key("202-01")] = 300, [Key("301-01")] = 50 };
        var after = new Dictionary<BudgetLineKey, long> { [Key("201-01")] = 150, [Key("201-02")] = 120, [Key("202-01")] = 300, [Key("405-01")] = 70 };

        var diff = BudgetVersionDiff.Compute(before, after);

        Assert.Equal(
        [
            new LineDifference(Key("201-01"), 100, 150, LineChangeKind.Increased),
            new LineDifference(Key("201-02"), 200, 120, LineChangeKind.Decreased),
            new LineDifference(Key("202-01"), 300, 300, LineChangeKind.Unchanged),
            new LineDifference(Key("301-01"), 50, 0, LineChangeKind.Removed),
            new LineDifference(Key("405-01"), 0, 70, LineChangeKind.Added),
        ], diff);
        Assert.Equal(after.Values.Sum() - before.Values.Sum(), diff.Sum(d => d.DeltaWon));
    }
}
