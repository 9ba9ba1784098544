using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Execution.Allotments;

/// <summary>
/// 예산배정: the budget office allots part of a line's budget to its department for a quarter or a
/// month. The ledger checks allotted ≤ budget (and, for a 감액, that commitments still fit); the
/// allotment's record is written in the same batch as the ledger entry.
/// </summary>
public sealed class AllotmentService(BudgetLineLedgerStore ledgers, IDocumentStore store, TimeProvider clock)
{
    public async Task<LedgerCommandOutcome<AllotmentDocument>> AllotAsync(TenantId tenant, AllotmentRequest request, string userId, CancellationToken cancellationToken)
    {
        var document = new AllotmentDocument(request.AllotmentId, request.Line.ToString(), request.Line.FiscalYear, request.Line.Account.ToString(),
            request.Line.Department.ToString(), request.Period, request.AmountWon, request.Reason, userId, clock.GetUtcNow());
        var write = await ledgers.WriteAsync(tenant, [new LineOperation(request.Line, new AllotmentAdjustment(OperationId.Parse(request.AllotmentId), request.AmountWon))],
            userId, (written, batch) =>
            {
                if (written.Results[0] is { IsApplied: true, IsReplay: false })
                {
                    batch.Create(AllotmentDocument.IdFor(request.AllotmentId), document);
                }
            }, cancellationToken);
        if (write.Outcome == LedgerWriteOutcome.LineNotFound)
        {
            return LedgerCommandOutcome<AllotmentDocument>.NoBudget(request.Line.ToString());
        }
        var result = write.Results[0];
        if (result.IsRefused)
        {
            return LedgerCommandOutcome<AllotmentDocument>.Refused(result.Refusal);
        }
        return result.IsReplay
            ? LedgerCommandOutcome<AllotmentDocument>.Done((await store.ReadAsync<AllotmentDocument>(tenant, AllotmentDocument.IdFor(request.AllotmentId), cancellationToken))!.Body)
            : LedgerCommandOutcome<AllotmentDocument>.Done(document);
    }
}
