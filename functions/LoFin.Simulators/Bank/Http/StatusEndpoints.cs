using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Bank.Http;

/// <summary>Liveness and the bank's counters, for run.sh, operators and tests waiting for the bank to go quiet.</summary>
public static class StatusEndpoints
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bank/v1/health", (CallbackRegistration callback, TimeProvider time) =>
                TypedResults.Ok(new Health("Healthy", $"{Accounts.KoreanBanks.TreasuryBankCode} {Accounts.KoreanBanks.TreasuryBankName}", callback.Url?.ToString(), time.GetUtcNow())))
            .WithName("GetHealth").WithSummary("상태 확인");
        app.MapGet("/bank/v1/admin/stats", (BankStatistics statistics) => TypedResults.Ok(statistics.Snapshot()))
            .WithName("GetStatistics").WithSummary("처리 건수");
    }

    public sealed record Health(string Status, string Bank, string? CallbackUrl, DateTimeOffset Now);
}
