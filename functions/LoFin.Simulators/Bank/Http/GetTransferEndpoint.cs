using LoFin.Simulators.Bank.Transfers;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// 이체 결과 조회 by transfer id: what a reconciliation timer asks when a result webhook has not
/// come. 404 means the bank never accepted that id, so sending it again is safe.
/// </summary>
public static class GetTransferEndpoint
{
    public static void Map(IEndpointRouteBuilder app) =>
        app.MapGet("/bank/v1/transfers/{transferId}", Handle).WithName("GetTransfer").WithSummary("이체 결과 조회");

    private static IResult Handle(string transferId, TransferLedger ledger) =>
        ledger.Find(transferId) is { } transfer
            ? TypedResults.Json(TransferView.Of(transfer), BankJson.Options)
            : BankProblems.NotFound($"이체 '{transferId}'");
}
