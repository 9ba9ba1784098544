using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// The URL the bank posts results and deposit notices to. The app registers itself here when it
/// starts (or it is set by <c>Sim:Bank:CallbackUrl</c>); a null URL stops deliveries. The HMAC
/// secret is not exchanged here: like a bank's API key it is agreed out of band, in settings.
/// </summary>
public static class CallbackEndpoint
{
    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/bank/v1/callback", (CallbackRegistration callback) => TypedResults.Ok(new Registration(callback.Url?.ToString())))
            .WithName("GetCallback").WithSummary("결과 통지 URL 조회");
        app.MapPut("/bank/v1/callback", Replace).WithName("RegisterCallback").WithSummary("결과 통지 URL 등록");
    }

    private static IResult Replace(Registration request, CallbackRegistration callback)
    {
        if (request.Url is not null && !CallbackUrlRules.IsAcceptable(request.Url))
        {
            return BankProblems.Validation("url", $"http 또는 https의 절대 URL이며 {CallbackUrlRules.MaxLength}자 이내입니다.");
        }
        callback.Replace(request.Url is null ? null : new Uri(request.Url, UriKind.Absolute));
        return TypedResults.Ok(new Registration(callback.Url?.ToString()));
    }

    public sealed record Registration(string? Url);
}
