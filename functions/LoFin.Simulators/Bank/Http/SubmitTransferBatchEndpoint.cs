using LoFin.Simulators.Bank.Transfers;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// 일괄 이체: up to <see cref="TreasuryBankOptions.MaxTransfersPerBatch"/> transfers under a
/// client-made batch id. A request the bank cannot read as a batch (no ids, repeated ids, too
/// many) is a 400 and nothing is kept. Otherwise the answer is 202 with each transfer accepted,
/// already accepted, or rejected with a reason; results follow by webhook and status query.
/// The same batch sent again gets the same answer.
/// </summary>
public static class SubmitTransferBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapPost("/bank/v1/transfers/batches", HandleAsync).WithName("SubmitTransferBatch").WithSummary("일괄 이체 요청");

    private static async Task<IResult> HandleAsync(Request request, TransferLedger ledger, TreasuryBankOptions options)
    {
        var errors = new FieldErrors();
        if (!ClientIds.IsWellFormed(request.BatchId))
        {
            errors.Add("batchId", "배치 id는 " + ClientIds.Rule);
        }
        var transfers = request.Transfers;
        if (transfers is null || transfers.Count == 0)
        {
            errors.Add("transfers", "이체를 한 건 이상 보내세요.");
        }
        else if (transfers.Count > options.MaxTransfersPerBatch)
        {
            errors.Add("transfers", $"한 배치에는 이체를 {options.MaxTransfersPerBatch}건까지 보낼 수 있습니다.");
        }
        else
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            for (var index = 0; index < transfers.Count; index++)
            {
                var transferId = transfers[index]?.TransferId;
                if (transfers[index] is null)
                {
                    errors.Add($"transfers[{index}]", "이체 항목이 비어 있습니다.");
                }
                else if (!ClientIds.IsWellFormed(transferId))
                {
                    errors.Add($"transfers[{index}].transferId", "이체 id는 " + ClientIds.Rule);
                }
                else if (!seen.Add(transferId!))
                {
                    errors.Add($"transfers[{index}].transferId", $"이체 id '{transferId}'가 이 배치에 두 번 있습니다.");
                }
            }
        }
        if (errors.Any)
        {
            return errors.ToProblem();
        }

        var submission = await ledger.SubmitAsync(request.BatchId!, transfers!.Select(t => t!).ToList());
        return submission.Outcome switch
        {
            BatchSubmissionOutcome.Received or BatchSubmissionOutcome.Replayed =>
                TypedResults.Json(submission.Receipt, BankJson.Options, statusCode: StatusCodes.Status202Accepted),
            BatchSubmissionOutcome.BatchIdReused => BankProblems.Problem(StatusCodes.Status409Conflict, "배치 id가 이미 쓰였습니다.",
                $"배치 '{request.BatchId}'는 다른 내용으로 이미 접수되었습니다. 같은 배치를 다시 보낼 때는 내용도 같아야 합니다.", "BATCH_ID_REUSED", "batchId"),
            _ => BankProblems.Problem(StatusCodes.Status503ServiceUnavailable, "은행이 더 접수할 수 없습니다.",
                "시뮬레이터가 기억하는 이체·배치 수가 한도에 닿았습니다 (Sim:Bank:MaxTransfers, MaxBatches). 시뮬레이터를 다시 시작하세요.", "BANK_CAPACITY"),
        };
    }

    public sealed record Request(string? BatchId, IReadOnlyList<SubmittedTransfer?>? Transfers);
}
