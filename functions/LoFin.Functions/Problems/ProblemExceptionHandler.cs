using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Validation;
using Microsoft.AspNetCore.Diagnostics;

namespace LoFin.Functions.Problems;

/// <summary>
/// Turns every exception into problem details. Known refusals (bad input, conflicts, stale
/// etags) keep their meaning as 4xx; anything else is a 500 that reveals nothing inside.
/// </summary>
public sealed class ProblemExceptionHandler(ILogger<ProblemExceptionHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        var (status, title, detail, errors) = Describe(exception);
        if (status >= 500)
        {
            logger.LogError(exception, "Unhandled error on {Method} {Path}.", httpContext.Request.Method, httpContext.Request.Path);
        }
        else
        {
            logger.LogInformation("Refused {Method} {Path} with {Status}: {Detail}", httpContext.Request.Method, httpContext.Request.Path, status, detail);
        }
        await ProblemResults.WriteAsync(httpContext, status, title, detail, errors);
        return true;
    }

    private static (int Status, string Title, string? Detail, IReadOnlyDictionary<string, string[]>? Errors) Describe(Exception exception) => exception switch
    {
        RequestValidationException validation =>
            (400, "입력값이 올바르지 않습니다.", validation.Message, validation.Errors),
        BadHttpRequestException { InnerException: JsonException json } =>
            (400, "요청 본문의 JSON을 읽을 수 없습니다.", "JSON 형식이나 값의 형식이 올바르지 않습니다.", JsonErrors(json)),
        BadHttpRequestException { StatusCode: 413 } =>
            (413, "요청 본문이 너무 큽니다.", "허용된 크기를 넘는 요청입니다.", null),
        BadHttpRequestException bad when bad.Message.Contains("JSON", StringComparison.OrdinalIgnoreCase) =>
            (400, "요청 본문의 JSON을 읽을 수 없습니다.", bad.Message, null),
        BadHttpRequestException bad =>
            (bad.StatusCode, "요청이 올바르지 않습니다.", bad.Message, null),
        TransactionalBatchFailedException batch => Describe(batch.Cause),
        DocumentConflictException =>
            (409, "이미 존재합니다.", "같은 식별자의 자료가 이미 있습니다.", null),
        DocumentPreconditionFailedException =>
            (412, "다른 사용자가 먼저 변경했습니다.", "자료를 다시 읽은 뒤 시도하세요.", null),
        DocumentNotFoundException =>
            (404, "자료를 찾을 수 없습니다.", null, null),
        _ => (500, "처리 중 오류가 발생했습니다.", "잠시 후 다시 시도하세요. 계속되면 운영자에게 문의하세요.", null),
    };

    private static Dictionary<string, string[]> JsonErrors(JsonException json) =>
        new() { [string.IsNullOrEmpty(json.Path) ? "$" : json.Path] = [$"값을 읽을 수 없습니다{(json.LineNumber is { } line ? $" (줄 {line + 1})" : "")}."] };
}
