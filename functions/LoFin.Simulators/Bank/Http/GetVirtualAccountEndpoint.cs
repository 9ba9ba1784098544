using LoFin.Simulators.Bank.VirtualAccounts;

namespace LoFin.Simulators.Bank.Http;

/// <summary>A virtual account with every deposit so far, by number or by the client's reference id: how a lost 입금 통지 is found.</summary>
public static class GetVirtualAccountEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bank/v1/virtual-accounts/{virtualAccountNumber}", (string virtualAccountNumber, VirtualAccountBook book) =>
                book.Find(virtualAccountNumber) is { } account ? TypedResults.Ok(account) : BankProblems.NotFound($"가상계좌 '{virtualAccountNumber}'"))
            .WithName("GetVirtualAccount").WithSummary("가상계좌 조회");
        app.MapGet("/bank/v1/virtual-accounts/by-reference/{referenceId}", (string referenceId, VirtualAccountBook book) =>
                book.FindByReference(referenceId) is { } account ? TypedResults.Ok(account) : BankProblems.NotFound($"참조 id '{referenceId}'의 가상계좌"))
            .WithName("GetVirtualAccountByReference").WithSummary("참조 id로 가상계좌 조회");
    }
}
