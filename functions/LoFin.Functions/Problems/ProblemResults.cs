using System.Text.Json;
using LoFin.Application.Documents;
using Microsoft.AspNetCore.Mvc;

namespace LoFin.Functions.Problems;

/// <summary>Writes RFC 9457 problem details with the correlation id, from anywhere in the pipeline.</summary>
public static class ProblemResults
{
    public const string ContentType = "application/problem+json";

    public static ProblemDetails Create(HttpContext context, int status, string title, string? detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        var problem = new ProblemDetails
        {
            Status = status,
            Title = title,
            Detail = detail,
            Type = $"https://lofin.example/problems/{status}",
            Instance = context.Request.Path,
        };
        problem.Extensions["traceId"] = context.TraceIdentifier;
        if (context.Items.TryGetValue(Middleware.CorrelationMiddleware.ItemKey, out var correlation))
        {
            problem.Extensions["correlationId"] = correlation;
        }
        if (errors is { Count: > 0 })
        {
            problem.Extensions["errors"] = errors;
        }
        return problem;
    }

    public static async Task WriteAsync(HttpContext context, int status, string title, string? detail, IReadOnlyDictionary<string, string[]>? errors = null)
    {
        if (context.Response.HasStarted)
        {
            return;
        }
        context.Response.StatusCode = status;
        context.Response.ContentType = ContentType;
        await JsonSerializer.SerializeAsync(context.Response.Body, Create(context, status, title, detail, errors), DocumentJson.Options, context.RequestAborted);
    }

    /// <summary>A problem result for a handler to return.</summary>
    public static IResult Result(HttpContext context, int status, string title, string? detail, IReadOnlyDictionary<string, string[]>? errors = null) =>
        Results.Json(Create(context, status, title, detail, errors), DocumentJson.Options, ContentType, status);

    public static IResult Validation(HttpContext context, string field, string message) =>
        Result(context, StatusCodes.Status400BadRequest, "입력값이 올바르지 않습니다.", message, new Dictionary<string, string[]> { [field] = [message] });
}
