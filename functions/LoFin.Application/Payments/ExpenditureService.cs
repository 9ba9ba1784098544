using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// Records an approved 지출결의: resolves it against its commitment in the line's ledger (which
/// posts Dr 비용 / Cr 미지급금) and opens the payable for a 지급명령, in one batch. Recording the
/// same resolution again returns the first result and writes nothing.
/// </summary>
public sealed class ExpenditureService(BudgetLineLedgerStore ledgers, TimeProvider clock)
{
    public async Task<ExecutionResult> RecordApprovedAsync(TenantId tenant, ApprovedExpenditure expenditure, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expenditure);
        var operation = new ExpenditureResolution(OperationId.Parse(expenditure.ResolutionId), OperationId.Parse(expenditure.CommitmentId), expenditure.AmountWon);
        var write = await ledgers.WriteAsync(tenant, [new LineOperation(expenditure.Line, operation)], expenditure.ApprovedBy, (written, batch) =>
        {
            if (written.Results[0] is { IsApplied: true, IsReplay: false })
            {
                batch.Create(ExpenditureDocument.IdFor(expenditure.ResolutionId), new ExpenditureDocument(
                    expenditure.ResolutionId, expenditure.Line.ToString(), expenditure.CommitmentId, expenditure.Title, expenditure.AmountWon,
                    expenditure.Payee, ExpenditureStatus.Approved, null, 0, null, expenditure.ApprovedBy, clock.GetUtcNow()));
            }
        }, cancellationToken);
        return write.Outcome == LedgerWriteOutcome.LineNotFound
            ? new ExecutionResult(operation.Id, null, new ExecutionRefusal(ExecutionRefusalCode.CommitmentNotFound, $"예산과목 {expenditure.Line}에 예산이 없습니다."))
            : write.Results[0];
    }
}
