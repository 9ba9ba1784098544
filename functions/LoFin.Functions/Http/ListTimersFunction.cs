using LoFin.Application.Timers;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http;

/// <summary>
/// Platform operators (the ministry's): every timer function with its schedule, next occurrence,
/// last run and last failure. Timers are platform-wide, so no government's operator sees them.
/// </summary>
public static class ListTimersFunction
{
    public const string Name = "ListTimers";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/platform/timers", HandleAsync).WithName(Name).RequireAuthorization(Policies.PlatformOperator)
            .WithSummary("타이머 함수 실행 현황 (플랫폼 운영자)");

    private static async Task<IResult> HandleAsync(TimerScheduler scheduler, CancellationToken cancellationToken) =>
        Results.Ok(await scheduler.ListAsync(cancellationToken));
}
