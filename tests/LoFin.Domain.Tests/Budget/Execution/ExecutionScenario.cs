using System.Globalization;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>
/// Runs generated steps against one line's ledger and its 회계's books, turning each step into
/// a concrete operation from the current state (so amounts land on, just past or far beyond
/// each limit), posting every applied event's entry, and recording what happened.
/// </summary>
public sealed class ExecutionScenario
{
    public static readonly DateOnly Day = new(2026, 3, 2);

    private readonly List<(ExecutionOperation Operation, ExecutionResult Result)> _issued = [];
    private readonly List<OperationId> _commitments = [];
    private readonly List<OperationId> _resolutions = [];
    private readonly List<OperationId> _payments = [];
    private int _nextId;

    private readonly string _idPrefix;

    private ExecutionScenario(BudgetLineKey line, GeneralLedger books, string idPrefix)
    {
        Ledger = new BudgetLineLedger(line);
        Books = books;
        _idPrefix = idPrefix;
    }

    public BudgetLineLedger Ledger { get; }

    public GeneralLedger Books { get; }

    public List<StepOutcome> Outcomes { get; } = [];

    /// <summary>
    /// Runs every step, calling <paramref name="afterEach"/> after each with the scenario and what
    /// the step did. The line is one of <see cref="Lines.Varied"/>, chosen by the first step, unless
    /// given; several scenarios can share <paramref name="books"/> when their ids differ by <paramref name="idPrefix"/>.
    /// </summary>
    public static ExecutionScenario Run(
        IReadOnlyList<ExecutionStep> steps,
        Action<ExecutionScenario, StepOutcome>? afterEach = null,
        BudgetLineKey? line = null,
        GeneralLedger? books = null,
        string idPrefix = "op")
    {
        var key = line ?? Lines.Varied[steps.Count == 0 ? 0 : steps[0].Noise % Lines.Varied.Length];
        var scenario = new ExecutionScenario(key, books ?? new GeneralLedger(key.Account), idPrefix);
        foreach (var step in steps)
        {
            var outcome = scenario.Apply(step);
            scenario.Outcomes.Add(outcome);
            afterEach?.Invoke(scenario, outcome);
        }
        return scenario;
    }

    private StepOutcome Apply(ExecutionStep step)
    {
        var before = Ledger.Balance;
        var logBefore = Ledger.Operations.Count;
        var journalBefore = Books.Entries.Count;
        var (operation, first) = Choose(step);
        CommitmentView? commitmentBefore = operation switch
        {
            CommitmentPosting p when Ledger.TryGetCommitment(p.CommitmentId, out var c) => c,
            CommitmentVoid v when Ledger.TryGetCommitment(v.CommitmentId, out var c) => c,
            CommitmentReduction r when Ledger.TryGetCommitment(r.CommitmentId, out var c) => c,
            _ => null,
        };
        var result = Ledger.Apply(operation);
        if (first is null && !result.IsReplay && result.Refusal?.Code != ExecutionRefusalCode.ExistsWithDifferentContent)
        {
            _issued.Add((operation, result));
        }
        Book(result);
        return new StepOutcome(step, operation, result, first, before, Ledger.Balance, commitmentBefore, logBefore, Ledger.Operations.Count, journalBefore, Books.Entries.Count);
    }

    /// <summary>Posts an applied event's entry; a replayed one must find its entry already posted.</summary>
    private void Book(ExecutionResult result)
    {
        if (result.Event is not { } executed)
        {
            return;
        }
        if (!result.IsReplay)
        {
            switch (executed)
            {
                case CommitmentPended:
                    _commitments.Add(executed.OperationId);
                    break;
                case ExpenditureResolved:
                    _resolutions.Add(executed.OperationId);
                    break;
                case PaymentMade:
                    _payments.Add(executed.OperationId);
                    break;
            }
        }
        if (PostingRules.EntryFor(executed, Day) is { } entry)
        {
            Assert.Equal(result.IsReplay ? PostingStatus.AlreadyPosted : PostingStatus.Posted, Books.Post(entry).Status);
        }
    }

    private (ExecutionOperation Operation, ExecutionResult? First) Choose(ExecutionStep step)
    {
        var balance = Ledger.Balance;
        var increase = step.Pick % 2 == 0;
        switch (step.Kind)
        {
            case StepKind.AdjustBudget:
                return (new BudgetAdjustment(NewId(), Signed(increase, Amount(step, increase ? ExecutionLimits.MaxAmountWon - balance.BudgetWon : balance.UnallottedWon))), null);
            case StepKind.AdjustAllotment:
                return (new AllotmentAdjustment(NewId(), Signed(increase, Amount(step, increase ? balance.UnallottedWon : balance.AvailableWon))), null);
            case StepKind.Commit:
                return (new CommitmentRequest(NewId(), Amount(step, balance.AvailableWon)), null);
            case StepKind.Post when Pick(_commitments, step) is { } id && Ledger.TryGetCommitment(id, out var commitment):
                return (new CommitmentPosting(NewId(), id, Amount(step, commitment.RequestedWon)), null);
            case StepKind.Void when Pick(_commitments, step) is { } id:
                return (new CommitmentVoid(NewId(), id), null);
            case StepKind.Reduce when Pick(_commitments, step) is { } id && Ledger.TryGetCommitment(id, out var commitment):
                return (new CommitmentReduction(NewId(), id, Amount(step, commitment.UnresolvedWon)), null);
            case StepKind.Resolve when Pick(_commitments, step) is { } id && Ledger.TryGetCommitment(id, out var commitment):
                return (new ExpenditureResolution(NewId(), id, Amount(step, commitment.UnresolvedWon)), null);
            case StepKind.Pay when Pick(_resolutions, step) is { } id && Ledger.TryGetResolution(id, out var resolution):
                return (new Payment(NewId(), id, Amount(step, resolution.UnpaidWon)), null);
            case StepKind.Refund when Pick(_payments, step) is { } id && Ledger.TryGetPayment(id, out var payment):
                return (new ExpenditureRefund(NewId(), id, Amount(step, payment.RefundableWon)), null);
            case StepKind.Replay when _issued.Count > 0:
                var (original, first) = _issued[step.Pick % _issued.Count];
                return (original, first);
            case StepKind.ReuseIdWithDifferentContent when _issued.Count > 0:
                var (used, firstResult) = _issued[step.Pick % _issued.Count];
                return (Different(used, step.Noise), firstResult);
            default:
                return (UnknownReference(step), null);
        }
    }

    /// <summary>A request under <paramref name="used"/>'s id that differs from it in amount, reference or kind.</summary>
    private static ExecutionOperation Different(ExecutionOperation used, int noise) => (used, noise % 3) switch
    {
        (CommitmentRequest c, 0) => c with { AmountWon = unchecked(c.AmountWon + 1) },
        (Payment p, 0) => p with { AmountWon = unchecked(p.AmountWon + 1) },
        (ExpenditureResolution r, 0) => r with { CommitmentId = OperationId.Parse("other") },
        (BudgetAdjustment b, _) when b.DeltaWon == 1 => b with { DeltaWon = 2 },
        (AllotmentAdjustment a, 1) => a with { DeltaWon = unchecked(a.DeltaWon - 1) },
        _ => new BudgetAdjustment(used.Id, 1),
    };

    private ExecutionOperation UnknownReference(ExecutionStep step)
    {
        var ghost = OperationId.Parse(string.Create(CultureInfo.InvariantCulture, $"{_idPrefix}-ghost-{step.Pick}"));
        var amount = Amount(step, 1_000);
        return (step.Pick % 6) switch
        {
            0 => new CommitmentPosting(NewId(), ghost, amount),
            1 => new CommitmentVoid(NewId(), ghost),
            2 => new CommitmentReduction(NewId(), ghost, amount),
            3 => new ExpenditureResolution(NewId(), ghost, amount),
            4 => new Payment(NewId(), ghost, amount),
            _ => new ExpenditureRefund(NewId(), ghost, amount),
        };
    }

    private static OperationId? Pick(List<OperationId> ids, ExecutionStep step) => ids.Count == 0 ? null : ids[step.Pick % ids.Count];

    private static long Signed(bool increase, long amountWon) => increase ? amountWon : unchecked(-amountWon);

    /// <summary>An amount relative to <paramref name="headroomWon"/>, the most the rule at hand allows.</summary>
    private static long Amount(ExecutionStep step, long headroomWon) => step.Amount switch
    {
        AmountChoice.Exact => headroomWon,
        AmountChoice.PlusOne => headroomWon + 1,
        AmountChoice.MinusOne => headroomWon - 1,
        AmountChoice.Inside => headroomWon <= 0 ? 1 : 1 + (step.Noise % headroomWon),
        AmountChoice.Small => 1 + (step.Noise % 1_000),
        AmountChoice.Zero => 0,
        AmountChoice.Negative => -1 - (step.Noise % 1_000),
        AmountChoice.LineLimit => ExecutionLimits.MaxAmountWon,
        AmountChoice.LineLimitPlusOne => ExecutionLimits.MaxAmountWon + 1,
        AmountChoice.LongMax => long.MaxValue,
        AmountChoice.LongMin => long.MinValue,
        _ => throw new ArgumentOutOfRangeException(nameof(step)),
    };

    private OperationId NewId() => OperationId.Parse(string.Create(CultureInfo.InvariantCulture, $"{_idPrefix}-{_nextId++}"));
}
