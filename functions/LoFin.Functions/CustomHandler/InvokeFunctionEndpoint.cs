using System.Net;
using LoFin.Functions.Problems;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// <c>POST /{functionName}</c>: where the Functions host invokes a queue or timer function with
/// the custom-handler payload. HTTP functions never come here (the host forwards their requests
/// to their own <c>/api/...</c> paths).
/// <para>
/// Guarded twice, because the endpoint carries no user token: it exists only when the host has
/// started this process (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> is set), and it answers only callers
/// on the loopback interface, where the host runs. Public requests reach the app only through the
/// host's forwarding, which serves httpTrigger routes alone, all under <c>api/</c> (emit-functions
/// refuses any other), so no public path is forwarded onto <c>/{functionName}</c>.
/// </para>
/// </summary>
public static class InvokeFunctionEndpoint
{
    /// <summary>Set by the Functions host to the port it expects the custom handler on.</summary>
    public const string PortSetting = "FUNCTIONS_CUSTOMHANDLER_PORT";

    public static bool IsCustomHandler(IConfiguration configuration) => !string.IsNullOrWhiteSpace(configuration[PortSetting]);

    /// <summary>Deliberately unnamed and out of the OpenAPI document: it is plumbing, not a function.</summary>
    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/{functionName}", HandleAsync).AllowAnonymous().ExcludeFromDescription();

    private static async Task<IResult> HandleAsync(string functionName, HttpContext context, TriggeredFunctions functions,
        InvokeQueueFunction queue, InvokeTimerFunction timer, ILoggerFactory loggers)
    {
        if (!IsLoopback(context.Connection.RemoteIpAddress))
        {
            loggers.CreateLogger(typeof(InvokeFunctionEndpoint)).LogWarning(
                "Refused an invocation of {Function} from {Address}: only the Functions host on loopback may invoke functions.",
                functionName, context.Connection.RemoteIpAddress?.ToString() ?? "an unknown address");
            return NotFound(context, functionName);
        }
        var cancellationToken = context.RequestAborted;
        if (functions.TryGetQueueFunction(functionName, out var queueFunction))
        {
            return await InvokeAsync(context, request => queue.InvokeAsync(queueFunction, request, cancellationToken));
        }
        if (functions.TryGetTimerFunction(functionName, out var timerFunction))
        {
            return await InvokeAsync(context, request => timer.InvokeAsync(timerFunction, request, cancellationToken));
        }
        return NotFound(context, functionName);
    }

    private static async Task<IResult> InvokeAsync(HttpContext context, Func<InvocationRequest, Task<IResult>> invoke)
    {
        try
        {
            return await invoke(await InvocationRequest.ReadAsync(context.Request.Body, context.RequestAborted));
        }
        catch (InvalidInvocationException invalid)
        {
            return ProblemResults.Result(context, StatusCodes.Status400BadRequest, "함수 호출 내용이 올바르지 않습니다.", invalid.Message,
                new Dictionary<string, string[]> { [invalid.Field] = [invalid.Message] });
        }
    }

    private static bool IsLoopback(IPAddress? address) =>
        address is not null && IPAddress.IsLoopback(address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address);

    /// <summary>The same answer for an unknown name and a refused caller, so probing learns nothing.</summary>
    private static IResult NotFound(HttpContext context, string functionName) =>
        ProblemResults.Result(context, StatusCodes.Status404NotFound, "함수를 찾을 수 없습니다.",
            $"'{functionName}'은(는) 이 앱의 큐 함수나 타이머 함수가 아닙니다.");
}
