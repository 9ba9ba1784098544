using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Http;

/// <summary>Liveness and the numbers an operator looks at first: store, queue backlog, dead letters.</summary>
public static class GetHealthFunction
{
    public const string Name = "GetHealth";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/health", HandleAsync).WithName(Name).AllowAnonymous().RequireRateLimiting(RateLimits.Public)
            .WithSummary("상태 확인: 저장소, 큐 적체, 배달 실패 메시지");

    private static async Task<IResult> HandleAsync(IDocumentStore store, IMessageQueue queue, CancellationToken cancellationToken)
    {
        try
        {
            await store.ReadAsync<TenantRecord>(TenantId.National, TenantRecord.DocumentId(TenantId.National), cancellationToken);
            var stats = await queue.GetStatisticsAsync(cancellationToken);
            var status = stats.DeadLettered > 0 ? "Degraded" : "Healthy";
            return Results.Ok(new HealthReport(status, "Healthy", new QueueHealth(stats.Ready, stats.Scheduled, stats.InFlight, stats.DeadLettered)));
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            return Results.Json(new HealthReport("Unhealthy", ex.GetType().Name, null), statusCode: StatusCodes.Status503ServiceUnavailable);
        }
    }

    public sealed record HealthReport(string Status, string Store, QueueHealth? Queue);

    public sealed record QueueHealth(long Backlog, long Scheduled, long InFlight, long DeadLetters);
}
