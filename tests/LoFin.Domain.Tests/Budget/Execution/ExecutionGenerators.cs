using FsCheck;
using FsCheck.Fluent;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>Random operation sequences for the property tests, weighted towards the steps that move money.</summary>
public static class ExecutionGenerators
{
    private static readonly Gen<StepKind> Kinds = Gen.Frequency(
        (5, Gen.Constant(StepKind.AdjustBudget)),
        (6, Gen.Constant(StepKind.AdjustAllotment)),
        (10, Gen.Constant(StepKind.Commit)),
        (8, Gen.Constant(StepKind.Post)),
        (3, Gen.Constant(StepKind.Void)),
        (2, Gen.Constant(StepKind.Reduce)),
        (9, Gen.Constant(StepKind.Resolve)),
        (9, Gen.Constant(StepKind.Pay)),
        (4, Gen.Constant(StepKind.Refund)),
        (5, Gen.Constant(StepKind.Replay)),
        (3, Gen.Constant(StepKind.ReuseIdWithDifferentContent)),
        (1, Gen.Constant(StepKind.UnknownReference)));

    private static readonly Gen<AmountChoice> Amounts = Gen.Frequency(
        (8, Gen.Constant(AmountChoice.Exact)),
        (4, Gen.Constant(AmountChoice.PlusOne)),
        (3, Gen.Constant(AmountChoice.MinusOne)),
        (12, Gen.Constant(AmountChoice.Inside)),
        (4, Gen.Constant(AmountChoice.Small)),
        (1, Gen.Constant(AmountChoice.Zero)),
        (1, Gen.Constant(AmountChoice.Negative)),
        (1, Gen.Constant(AmountChoice.LineLimit)),
        (1, Gen.Constant(AmountChoice.LineLimitPlusOne)),
        (1, Gen.Constant(AmountChoice.LongMax)),
        (1, Gen.Constant(AmountChoice.LongMin)));

    private static readonly Gen<ExecutionStep> Steps =
        from kind in Kinds
        from amount in Amounts
        from pick in Gen.Choose(0, 1 << 20)
        from noise in Gen.Choose(0, int.MaxValue)
        select new ExecutionStep(kind, amount, pick, noise);

    /// <summary>
    /// A scenario opens with a budget and an allotment (within the limits, sometimes exactly
    /// at them) so that most generated steps have something to act on.
    /// </summary>
    private static readonly Gen<ExecutionStep[]> Opening =
        from budget in Gen.Elements(AmountChoice.Exact, AmountChoice.Inside, AmountChoice.Inside)
        from allotment in Gen.Elements(AmountChoice.Exact, AmountChoice.Inside)
        from noise in Gen.Choose(0, int.MaxValue)
        select new[] { new ExecutionStep(StepKind.AdjustBudget, budget, 0, noise), new ExecutionStep(StepKind.AdjustAllotment, allotment, 0, noise) };

    public static Arbitrary<ExecutionStep[]> Scenarios { get; } = Arb.From(
        from opening in Opening
        from rest in Gen.ArrayOf(Steps)
        select opening.Concat(rest).ToArray(),
        Shrink);

    /// <summary>Shorter scenarios first: without the second half, then without one step at a time (keeping the opening).</summary>
    private static IEnumerable<ExecutionStep[]> Shrink(ExecutionStep[] steps)
    {
        if (steps.Length <= 2)
        {
            yield break;
        }
        if (steps.Length > 4)
        {
            yield return steps[..((steps.Length + 2) / 2)];
        }
        for (var i = steps.Length - 1; i >= 2; i--)
        {
            yield return [.. steps[..i], .. steps[(i + 1)..]];
        }
    }
}
