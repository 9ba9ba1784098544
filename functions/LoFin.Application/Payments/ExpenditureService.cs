using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments;

/// <summary>
/// Records approved 지출결의: resolves each against its commitment in its line's ledger (which
/// posts Dr 비용 / Cr 미지급금) and opens its payable for a 지급명령, in one batch. Recording
/// the same resolution again returns the first result and writes nothing.
/// </summary>
public sealed class ExpenditureService(BudgetLineLedgerStore ledgers, TimeProvider clock)
{
    /// <summary>Each resolution writes its log entry and its payable, plus one head per line.</summary>
    public const int MaxPerCall = 32;

    public async Task<ExecutionResult> RecordApprovedAsync(TenantId tenant, ApprovedExpenditure expenditure, CancellationToken cancellationToken) =>
        (await RecordApprovedAsync(tenant, [expenditure], cancellationToken))[0];

    /// <summary>Up to <see cref="MaxPerCall"/> resolutions at once (an import from 인사랑 payroll, a benchmark's seed).</summary>
    public async Task<IReadOnlyList<ExecutionResult>> RecordApprovedAsync(TenantId tenant, IReadOnlyList<ApprovedExpenditure> expenditures, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(expenditures);
        if (expenditures.Count is 0 or > MaxPerCall)
        {
            throw new ArgumentException($"Record 1..{MaxPerCall} resolutions at once.", nameof(expenditures));
        }
        var operations = expenditures.Select(e => new LineOperation(e.Line,
            new ExpenditureResolution(OperationId.Parse(e.ResolutionId), OperationId.Parse(e.CommitmentId), e.AmountWon))).ToList();
        var now = clock.GetUtcNow();
        var write = await ledgers.WriteAsync(tenant, operations, expenditures[0].ApprovedBy, (written, batch) =>
        {
            for (var i = 0; i < expenditures.Count; i++)
            {
                if (written.Results[i] is { IsApplied: true, IsReplay: false })
                {
                    var e = expenditures[i];
                    batch.Create(ExpenditureDocument.IdFor(e.ResolutionId), new ExpenditureDocument(e.ResolutionId, e.Line.ToString(), e.CommitmentId,
                        e.Title, e.AmountWon, e.Payee, ExpenditureStatus.Approved, null, 0, null, e.ApprovedBy, now));
                }
            }
        }, cancellationToken);
        if (write.Outcome == LedgerWriteOutcome.LineNotFound)
        {
            var refusal = new ExecutionRefusal(ExecutionRefusalCode.CommitmentNotFound, $"예산과목 {write.MissingLine}에 예산이 없습니다.");
            return operations.Select(o => new ExecutionResult(o.Operation.Id, null, refusal)).ToList();
        }
        return write.Results;
    }
}
