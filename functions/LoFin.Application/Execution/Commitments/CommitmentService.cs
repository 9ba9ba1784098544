using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Execution.Commitments;

/// <summary>
/// 지출원인행위, two-phase against the allotment: drafting reserves the amount (pending), the
/// approval line's approval posts it, a rejection or withdrawal voids it and frees exactly what
/// it held, and a posted commitment can release what it will not need (a contract settled
/// lower). Each step writes its ledger operation and the document in one batch; every ledger id
/// derives from the commitment id, so a repeated step changes nothing.
/// </summary>
public sealed class CommitmentService(BudgetLineLedgerStore ledgers, IDocumentStore store, TimeProvider clock)
{
    public async Task<LedgerCommandOutcome<CommitmentDocument>> DraftAsync(TenantId tenant, CommitmentDraft draft, string userId, CancellationToken cancellationToken)
    {
        var document = new CommitmentDocument(draft.CommitmentId, draft.Line.ToString(), draft.Line.FiscalYear, draft.Line.Account.ToString(),
            draft.Line.Department.ToString(), draft.Title, draft.Counterparty, draft.AmountWon, 0, ExecutionStatus.Pending, userId, clock.GetUtcNow(),
            draft.ApprovalInstanceId, null, null);
        var write = await ledgers.WriteAsync(tenant, [new LineOperation(draft.Line, new CommitmentRequest(OperationId.Parse(draft.CommitmentId), draft.AmountWon))],
            userId, (written, batch) =>
            {
                if (written.Results[0] is { IsApplied: true, IsReplay: false })
                {
                    batch.Create(CommitmentDocument.IdFor(draft.CommitmentId), document);
                }
            }, cancellationToken);
        return await OutcomeAsync(tenant, write, draft.Line, draft.CommitmentId, document, cancellationToken);
    }

    /// <summary>
    /// The approval line ended: post the reservation in full or void it. Null when there is no
    /// such commitment; a commitment already decided is returned as it is.
    /// </summary>
    public async Task<CommitmentDocument?> CompleteAsync(TenantId tenant, string commitmentId, ApprovalVerdict verdict, string? decidedBy, CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync<CommitmentDocument>(tenant, CommitmentDocument.IdFor(commitmentId), cancellationToken);
        if (stored is null || stored.Body.Status != ExecutionStatus.Pending)
        {
            return stored?.Body;
        }
        var commitment = stored.Body;
        var id = OperationId.Parse(commitmentId);
        ExecutionOperation operation = verdict == ApprovalVerdict.Approved
            ? new CommitmentPosting(OperationId.Parse(commitmentId + "-post"), id, commitment.AmountWon)
            : new CommitmentVoid(OperationId.Parse(commitmentId + "-void"), id);
        var status = verdict switch
        {
            ApprovalVerdict.Approved => ExecutionStatus.Approved,
            ApprovalVerdict.Rejected => ExecutionStatus.Rejected,
            _ => ExecutionStatus.Withdrawn,
        };
        var decided = commitment with { Status = status, DecidedBy = decidedBy, DecidedAt = clock.GetUtcNow() };
        var write = await ledgers.WriteAsync(tenant, [new LineOperation(BudgetLineKey.Parse(commitment.LineKey), operation)], decidedBy,
            (written, batch) => batch.Replace(stored.Id, written.Results[0].IsApplied ? decided : commitment with { Status = ExecutionStatus.Refused }, stored.ETag),
            cancellationToken);
        return write.Results[0].IsApplied ? decided : commitment with { Status = ExecutionStatus.Refused };
    }

    /// <summary>
    /// 원인행위 감액: a posted commitment gives back <paramref name="amountWon"/> it will not need
    /// (never more than is unresolved), under the client's <paramref name="reductionId"/>.
    /// </summary>
    public async Task<LedgerCommandOutcome<CommitmentDocument>> ReduceAsync(TenantId tenant, string commitmentId, string reductionId, long amountWon, string userId,
        CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync<CommitmentDocument>(tenant, CommitmentDocument.IdFor(commitmentId), cancellationToken);
        if (stored is null)
        {
            return LedgerCommandOutcome<CommitmentDocument>.Refused(new ExecutionRefusal(ExecutionRefusalCode.CommitmentNotFound, $"원인행위 {commitmentId}이(가) 없습니다."));
        }
        var line = BudgetLineKey.Parse(stored.Body.LineKey);
        var reduced = stored.Body with { ReducedWon = stored.Body.ReducedWon + amountWon };
        var write = await ledgers.WriteAsync(tenant,
            [new LineOperation(line, new CommitmentReduction(OperationId.Parse(reductionId), OperationId.Parse(commitmentId), amountWon))], userId,
            (written, batch) =>
            {
                if (written.Results[0] is { IsApplied: true, IsReplay: false })
                {
                    batch.Replace(stored.Id, reduced, stored.ETag);
                }
            }, cancellationToken);
        var result = write.Results[0];
        if (result.IsRefused)
        {
            return LedgerCommandOutcome<CommitmentDocument>.Refused(result.Refusal);
        }
        return LedgerCommandOutcome<CommitmentDocument>.Done(result.IsReplay
            ? (await store.ReadAsync<CommitmentDocument>(tenant, stored.Id, cancellationToken))!.Body
            : reduced);
    }

    /// <summary>The commitment as the ledger holds it (posted, reduced, resolved, refunded), or null.</summary>
    public Task<CommitmentView?> ReadLedgerViewAsync(TenantId tenant, CommitmentDocument commitment, CancellationToken cancellationToken) =>
        ledgers.ReadAsync<CommitmentView?>(tenant, BudgetLineKey.Parse(commitment.LineKey),
            ledger => ledger.TryGetCommitment(OperationId.Parse(commitment.CommitmentId), out var view) ? view : null, cancellationToken);

    private async Task<LedgerCommandOutcome<CommitmentDocument>> OutcomeAsync(TenantId tenant, LedgerWrite write, BudgetLineKey line, string commitmentId,
        CommitmentDocument written, CancellationToken cancellationToken)
    {
        if (write.Outcome == LedgerWriteOutcome.LineNotFound)
        {
            return LedgerCommandOutcome<CommitmentDocument>.NoBudget(line.ToString());
        }
        var result = write.Results[0];
        if (result.IsRefused)
        {
            return LedgerCommandOutcome<CommitmentDocument>.Refused(result.Refusal);
        }
        return LedgerCommandOutcome<CommitmentDocument>.Done(result.IsReplay
            ? (await store.ReadAsync<CommitmentDocument>(tenant, CommitmentDocument.IdFor(commitmentId), cancellationToken))!.Body
            : written);
    }
}
