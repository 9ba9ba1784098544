using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using LoFin.Domain.Money;

namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// The budget execution ledger (예산회계) of one <see cref="BudgetLineKey"/>: budget, allotment,
/// two-phase commitments, 지출결의, payments and 지출반납, with every limit checked before
/// anything changes. Mutable for speed, but only <see cref="Apply"/> mutates, and only after
/// all of an operation's rules passed, so a refused operation leaves no trace but its result.
/// <para>
/// Pure and deterministic: no clock, no I/O. <see cref="Operations"/> is the log of every
/// first request in order and <see cref="Rebuild"/> replays it into an identical ledger, which
/// is how the application persists a line.
/// </para>
/// <para>
/// Not thread-safe: one writer per line, which the application guarantees by loading, applying
/// and saving a line under its etag.
/// </para>
/// </summary>
public sealed class BudgetLineLedger
{
    private readonly Dictionary<OperationId, Recorded> _results = [];
    private readonly List<ExecutionOperation> _log = [];
    private readonly Dictionary<OperationId, CommitmentRecord> _commitments = [];
    private readonly Dictionary<OperationId, ResolutionRecord> _resolutions = [];
    private readonly Dictionary<OperationId, PaymentRecord> _payments = [];
    private BudgetLineBalance _balance;

    public BudgetLineLedger(BudgetLineKey line)
    {
        if (line.IsEmpty)
        {
            throw new ArgumentException("A ledger needs its budget line.", nameof(line));
        }
        Line = line;
    }

    public BudgetLineKey Line { get; }

    public BudgetLineBalance Balance => _balance;

    /// <summary>
    /// Every first request in the order it arrived, refused ones included: replaying it rebuilds
    /// this ledger.
    /// </summary>
    public IReadOnlyList<ExecutionOperation> Operations => _log;

    public IEnumerable<CommitmentView> Commitments => _commitments.Select(pair => pair.Value.View(pair.Key));

    public IEnumerable<ResolutionView> Resolutions => _resolutions.Select(pair => pair.Value.View(pair.Key));

    public IEnumerable<PaymentView> Payments => _payments.Select(pair => pair.Value.View(pair.Key));

    public static BudgetLineLedger Rebuild(BudgetLineKey line, IEnumerable<ExecutionOperation> operations)
    {
        ArgumentNullException.ThrowIfNull(operations);
        var ledger = new BudgetLineLedger(line);
        foreach (var operation in operations)
        {
            ledger.Apply(operation);
        }
        return ledger;
    }

    public bool TryGetCommitment(OperationId id, out CommitmentView commitment)
    {
        var found = _commitments.TryGetValue(id, out var record);
        commitment = found ? record.View(id) : default;
        return found;
    }

    public bool TryGetResolution(OperationId id, out ResolutionView resolution)
    {
        var found = _resolutions.TryGetValue(id, out var record);
        resolution = found ? record.View(id) : default;
        return found;
    }

    public bool TryGetPayment(OperationId id, out PaymentView payment)
    {
        var found = _payments.TryGetValue(id, out var record);
        payment = found ? record.View(id) : default;
        return found;
    }

    /// <summary>
    /// The stored outcome of an id, for an application that wants to answer a retry without sending
    /// it again.
    /// </summary>
    public bool TryGetResult(OperationId id, out ExecutionResult result)
    {
        var found = _results.TryGetValue(id, out var recorded);
        result = found ? recorded.Result(id) : default;
        return found;
    }

    public ExecutionResult AdjustBudget(OperationId id, long deltaWon) => Apply(new BudgetAdjustment(id, deltaWon));

    public ExecutionResult AdjustAllotment(OperationId id, long deltaWon) => Apply(new AllotmentAdjustment(id, deltaWon));

    public ExecutionResult Commit(OperationId id, long amountWon) => Apply(new CommitmentRequest(id, amountWon));

    public ExecutionResult PostCommitment(OperationId id, OperationId commitmentId, long amountWon) => Apply(new CommitmentPosting(id, commitmentId, amountWon));

    public ExecutionResult VoidCommitment(OperationId id, OperationId commitmentId) => Apply(new CommitmentVoid(id, commitmentId));

    public ExecutionResult ReduceCommitment(OperationId id, OperationId commitmentId, long amountWon) => Apply(new CommitmentReduction(id, commitmentId, amountWon));

    public ExecutionResult Resolve(OperationId id, OperationId commitmentId, long amountWon) => Apply(new ExpenditureResolution(id, commitmentId, amountWon));

    public ExecutionResult Pay(OperationId id, OperationId resolutionId, long amountWon) => Apply(new Payment(id, resolutionId, amountWon));

    public ExecutionResult Refund(OperationId id, OperationId paymentId, long amountWon) => Apply(new ExpenditureRefund(id, paymentId, amountWon));

    public ExecutionResult Apply(ExecutionOperation operation)
    {
        ArgumentNullException.ThrowIfNull(operation);
        if (operation.Id.IsEmpty)
        {
            throw new ArgumentException("Every ledger operation needs a client-made id.", nameof(operation));
        }
        // One hash lookup for the common case, a new id: the slot is added now and filled below.
        ref var slot = ref CollectionsMarshal.GetValueRefOrAddDefault(_results, operation.Id, out var exists);
        if (exists)
        {
            return OperationIdMustKeepItsContent.Check(slot.Operation, operation) is { } conflict
                ? new ExecutionResult(operation.Id, null, conflict)
                : slot.Result(operation.Id) with { IsReplay = true };
        }
        ExecutionResult result;
        try
        {
            result = Dispatch(operation);
        }
        catch
        {
            // Nothing was changed (every rule runs before any mutation); only the reserved slot must go.
            _results.Remove(operation.Id);
            throw;
        }
        slot = new Recorded(operation, result.Event, result.Refusal);
        _log.Add(operation);
        return result;
    }

    private ExecutionResult Dispatch(ExecutionOperation operation) => operation switch
    {
        CommitmentRequest request => Commit(request),
        CommitmentPosting posting => Post(posting),
        ExpenditureResolution resolution => Resolve(resolution),
        Payment payment => Pay(payment),
        ExpenditureRefund refund => Refund(refund),
        CommitmentVoid voiding => Void(voiding),
        CommitmentReduction reduction => Reduce(reduction),
        BudgetAdjustment adjustment => AdjustBudget(adjustment),
        AllotmentAdjustment adjustment => AdjustAllotment(adjustment),
        _ => throw new ArgumentException($"Unknown ledger operation {operation.GetType().Name}.", nameof(operation)),
    };

    private ExecutionResult AdjustBudget(BudgetAdjustment adjustment)
    {
        var newBudget = _balance.BudgetWon + adjustment.DeltaWon;
        if ((AmountMustBeWithinLimits.CheckChange(adjustment.KindName, adjustment.DeltaWon)
            ?? AmountMustBeWithinLimits.CheckLineBudget(newBudget)
            ?? AllotmentMustNotExceedBudget.Check(_balance.AllottedWon, newBudget)) is { } refusal)
        {
            return Refused(adjustment, refusal);
        }
        _balance = _balance with { BudgetWon = newBudget };
        return Applied(new BudgetAdjusted(Line, adjustment.Id, adjustment.DeltaWon));
    }

    private ExecutionResult AdjustAllotment(AllotmentAdjustment adjustment)
    {
        var newAllotted = _balance.AllottedWon + adjustment.DeltaWon;
        if ((AmountMustBeWithinLimits.CheckChange(adjustment.KindName, adjustment.DeltaWon)
            ?? AllotmentMustNotExceedBudget.Check(newAllotted, _balance.BudgetWon)
            ?? CommitmentsMustNotExceedAllotment.CheckAllotment(newAllotted, _balance)) is { } refusal)
        {
            return Refused(adjustment, refusal);
        }
        _balance = _balance with { AllottedWon = newAllotted };
        return Applied(new AllotmentAdjusted(Line, adjustment.Id, adjustment.DeltaWon));
    }

    private ExecutionResult Commit(CommitmentRequest request)
    {
        if ((AmountMustBeWithinLimits.CheckAmount(request.KindName, request.AmountWon)
            ?? CommitmentsMustNotExceedAllotment.CheckNewCommitment(request.AmountWon, _balance)) is { } refusal)
        {
            return Refused(request, refusal);
        }
        _commitments.Add(request.Id, new CommitmentRecord(request.AmountWon));
        _balance = _balance with { PendingWon = _balance.PendingWon + request.AmountWon };
        return Applied(new CommitmentPended(Line, request.Id, request.AmountWon));
    }

    private ExecutionResult Post(CommitmentPosting posting)
    {
        if (AmountMustBeWithinLimits.CheckAmount(posting.KindName, posting.AmountWon) is { } invalid)
        {
            return Refused(posting, invalid);
        }
        ref var commitment = ref FindCommitment(posting.CommitmentId, CommitmentStatus.Pending, out var missing);
        if (missing is not null)
        {
            return Refused(posting, missing);
        }
        if (PostingMustNotExceedPending.Check(posting.AmountWon, commitment.RequestedWon) is { } refusal)
        {
            return Refused(posting, refusal);
        }
        commitment.Status = CommitmentStatus.Posted;
        commitment.PostedWon = posting.AmountWon;
        _balance = _balance with
        {
            PendingWon = _balance.PendingWon - commitment.RequestedWon,
            CommittedWon = _balance.CommittedWon + posting.AmountWon,
        };
        return Applied(new CommitmentPosted(Line, posting.Id, posting.CommitmentId, posting.AmountWon, commitment.RequestedWon - posting.AmountWon));
    }

    private ExecutionResult Void(CommitmentVoid voiding)
    {
        ref var commitment = ref FindCommitment(voiding.CommitmentId, CommitmentStatus.Pending, out var missing);
        if (missing is not null)
        {
            return Refused(voiding, missing);
        }
        commitment.Status = CommitmentStatus.Voided;
        _balance = _balance with { PendingWon = _balance.PendingWon - commitment.RequestedWon };
        return Applied(new CommitmentVoided(Line, voiding.Id, voiding.CommitmentId, commitment.RequestedWon));
    }

    private ExecutionResult Reduce(CommitmentReduction reduction)
    {
        if (AmountMustBeWithinLimits.CheckAmount(reduction.KindName, reduction.AmountWon) is { } invalid)
        {
            return Refused(reduction, invalid);
        }
        ref var commitment = ref FindCommitment(reduction.CommitmentId, CommitmentStatus.Posted, out var missing);
        if (missing is not null)
        {
            return Refused(reduction, missing);
        }
        if (ResolutionsMustNotExceedCommitment.CheckReduction(reduction.AmountWon, commitment.View(reduction.CommitmentId)) is { } refusal)
        {
            return Refused(reduction, refusal);
        }
        commitment.ReducedWon += reduction.AmountWon;
        _balance = _balance with { CommittedWon = _balance.CommittedWon - reduction.AmountWon };
        return Applied(new CommitmentReduced(Line, reduction.Id, reduction.CommitmentId, reduction.AmountWon));
    }

    private ExecutionResult Resolve(ExpenditureResolution resolution)
    {
        if (AmountMustBeWithinLimits.CheckAmount(resolution.KindName, resolution.AmountWon) is { } invalid)
        {
            return Refused(resolution, invalid);
        }
        ref var commitment = ref FindCommitment(resolution.CommitmentId, CommitmentStatus.Posted, out var missing);
        if (missing is not null)
        {
            return Refused(resolution, missing);
        }
        if (ResolutionsMustNotExceedCommitment.CheckResolution(resolution.AmountWon, commitment.View(resolution.CommitmentId)) is { } refusal)
        {
            return Refused(resolution, refusal);
        }
        commitment.ResolvedWon += resolution.AmountWon;
        _resolutions.Add(resolution.Id, new ResolutionRecord(resolution.CommitmentId, resolution.AmountWon));
        _balance = _balance with { ResolvedWon = _balance.ResolvedWon + resolution.AmountWon };
        return Applied(new ExpenditureResolved(Line, resolution.Id, resolution.CommitmentId, resolution.AmountWon));
    }

    private ExecutionResult Pay(Payment payment)
    {
        if (AmountMustBeWithinLimits.CheckAmount(payment.KindName, payment.AmountWon) is { } invalid)
        {
            return Refused(payment, invalid);
        }
        ref var resolution = ref CollectionsMarshal.GetValueRefOrNullRef(_resolutions, payment.ResolutionId);
        if (Unsafe.IsNullRef(ref resolution))
        {
            return Refused(payment, new(ExecutionRefusalCode.ResolutionNotFound, ExecutionMessages.ResolutionNotFound(payment.ResolutionId)));
        }
        if (PaymentsMustNotExceedResolution.Check(payment.AmountWon, resolution.View(payment.ResolutionId)) is { } refusal)
        {
            return Refused(payment, refusal);
        }
        resolution.PaidWon += payment.AmountWon;
        _payments.Add(payment.Id, new PaymentRecord(payment.ResolutionId, payment.AmountWon));
        _balance = _balance with { PaidWon = _balance.PaidWon + payment.AmountWon };
        return Applied(new PaymentMade(Line, payment.Id, payment.ResolutionId, payment.AmountWon));
    }

    private ExecutionResult Refund(ExpenditureRefund refund)
    {
        if (AmountMustBeWithinLimits.CheckAmount(refund.KindName, refund.AmountWon) is { } invalid)
        {
            return Refused(refund, invalid);
        }
        ref var payment = ref CollectionsMarshal.GetValueRefOrNullRef(_payments, refund.PaymentId);
        if (Unsafe.IsNullRef(ref payment))
        {
            return Refused(refund, new(ExecutionRefusalCode.PaymentNotFound, ExecutionMessages.PaymentNotFound(refund.PaymentId)));
        }
        if (RefundsMustNotExceedPayment.Check(refund.AmountWon, payment.View(refund.PaymentId)) is { } refusal)
        {
            return Refused(refund, refusal);
        }
        var amount = refund.AmountWon;
        // The only unbounded sum (refunds recycle the same allotment), so it is computed before anything changes.
        var refundedTotal = WonArithmetic.Add(_balance.RefundedWon, amount);
        ref var resolution = ref CollectionsMarshal.GetValueRefOrNullRef(_resolutions, payment.ResolutionId);
        ref var commitment = ref CollectionsMarshal.GetValueRefOrNullRef(_commitments, resolution.CommitmentId);
        payment.RefundedWon += amount;
        resolution.RefundedWon += amount;
        commitment.RefundedWon += amount;
        // The money returns to the line: it is no longer paid, resolved or committed, so the
        // allotment can carry a new commitment for it.
        _balance = _balance with
        {
            CommittedWon = _balance.CommittedWon - amount,
            ResolvedWon = _balance.ResolvedWon - amount,
            PaidWon = _balance.PaidWon - amount,
            RefundedWon = refundedTotal,
        };
        return Applied(new ExpenditureRefunded(Line, refund.Id, refund.PaymentId, payment.ResolutionId, resolution.CommitmentId, amount));
    }

    /// <summary>
    /// A ref to the commitment's state, or a null ref and why when it is missing or not in
    /// <paramref name="expected"/> status.
    /// </summary>
    private ref CommitmentRecord FindCommitment(OperationId id, CommitmentStatus expected, out ExecutionRefusal? problem)
    {
        ref var commitment = ref CollectionsMarshal.GetValueRefOrNullRef(_commitments, id);
        problem = Unsafe.IsNullRef(ref commitment)
            ? new(ExecutionRefusalCode.CommitmentNotFound, ExecutionMessages.CommitmentNotFound(id))
            : commitment.Status == expected
                ? null
                : expected == CommitmentStatus.Pending
                    ? new(ExecutionRefusalCode.CommitmentNotPending, ExecutionMessages.CommitmentNotPending(id, commitment.Status))
                    : new(ExecutionRefusalCode.CommitmentNotPosted, ExecutionMessages.CommitmentNotPosted(id, commitment.Status));
        return ref commitment;
    }

    private static ExecutionResult Applied(ExecutionEvent applied) => new(applied.OperationId, applied, null);

    private static ExecutionResult Refused(ExecutionOperation operation, ExecutionRefusal refusal) => new(operation.Id, null, refusal);

    /// <summary>
    /// An id's first request and its outcome: three references, so a busy line's id table stays
    /// small.
    /// </summary>
    private readonly record struct Recorded(ExecutionOperation Operation, ExecutionEvent? Event, ExecutionRefusal? Refusal)
    {
        public ExecutionResult Result(OperationId id) => new(id, Event, Refusal);
    }
}
