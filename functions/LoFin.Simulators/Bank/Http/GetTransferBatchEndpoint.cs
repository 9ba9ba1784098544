using LoFin.Simulators.Bank.Transfers;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// A batch's transfers as they stand now: each one's acceptance and, when accepted, its current
/// state, with counts, so one call finds every result of a batch whose webhooks were lost.
/// </summary>
public static class GetTransferBatchEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/bank/v1/transfers/batches/{batchId}", HandleAsync).WithName("GetTransferBatch").WithSummary("배치 이체 결과 조회");

    private static async Task<IResult> HandleAsync(string batchId, TransferLedger ledger)
    {
        if (ledger.FindBatch(batchId) is not { } batch || await batch.Receipt is not { } receipt)
        {
            return BankProblems.NotFound($"배치 '{batchId}'");
        }
        var items = receipt.Transfers.Select(acceptance => new Item(
            acceptance.TransferId,
            acceptance.Status,
            acceptance.Status == AcceptanceStatus.Rejected ? null : ledger.Find(acceptance.TransferId) is { } record ? TransferView.Of(record) : null,
            acceptance.ReasonCode,
            acceptance.ReasonMessage)).ToList();
        int Count(TransferStatus status) => items.Count(i => i.Transfer?.Status == status);
        return TypedResults.Json(new Response(
            receipt.BatchId,
            receipt.ReceivedAt,
            Count(TransferStatus.Accepted),
            Count(TransferStatus.Succeeded),
            Count(TransferStatus.Failed),
            receipt.RejectedCount,
            items), BankJson.Options);
    }

    /// <param name="Pending">Accepted and not settled yet, including transfers this batch repeated from another.</param>
    public sealed record Response(string BatchId, DateTimeOffset ReceivedAt, int Pending, int Succeeded, int Failed, int Rejected, IReadOnlyList<Item> Transfers);

    /// <param name="Transfer">The transfer now; for one this batch repeated, the original (its batch id says which).</param>
    public sealed record Item(string TransferId, AcceptanceStatus Acceptance, TransferView? Transfer, string? ReasonCode, string? ReasonMessage);
}
