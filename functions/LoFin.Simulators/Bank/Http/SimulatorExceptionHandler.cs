using System.Text.Json;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// Turns a request the binder could not read into a 400 naming the JSON path at fault
/// (<c>transfers[0].amountWon</c>), and anything unexpected into a 500 that reveals nothing.
/// </summary>
public sealed class SimulatorExceptionHandler(IProblemDetailsService problems, ILogger<SimulatorExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        ProblemDetails problem = exception switch
        {
            BadHttpRequestException { InnerException: JsonException json } => new HttpValidationProblemDetails(
                new Dictionary<string, string[]> { [FieldOf(json.Path)] = ["값을 읽을 수 없습니다. JSON 형식과 값의 종류(숫자는 따옴표 없이)를 확인하세요."] })
            {
                Status = StatusCodes.Status400BadRequest,
                Title = "요청 본문의 JSON을 읽을 수 없습니다.",
            },
            BadHttpRequestException bad => new ProblemDetails
            {
                Status = bad.StatusCode,
                Title = "요청이 올바르지 않습니다.",
                Detail = bad.Message,
            },
            _ => new ProblemDetails
            {
                Status = StatusCodes.Status500InternalServerError,
                Title = "은행 시뮬레이터 내부 오류입니다.",
            },
        };
        if (problem.Status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}.", httpContext.Request.Method, httpContext.Request.Path);
        }
        httpContext.Response.StatusCode = problem.Status!.Value;
        return await problems.TryWriteAsync(new ProblemDetailsContext { HttpContext = httpContext, ProblemDetails = problem, Exception = exception });
    }

    /// <summary>"$.transfers[0].amountWon" → "transfers[0].amountWon"; the whole body → "body".</summary>
    private static string FieldOf(string? path) => path switch
    {
        null or "" or "$" => "body",
        _ when path.StartsWith("$.", StringComparison.Ordinal) => path[2..],
        _ => path,
    };
}
