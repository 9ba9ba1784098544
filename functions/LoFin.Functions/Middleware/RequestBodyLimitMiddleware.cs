using LoFin.Functions.Problems;
using Microsoft.AspNetCore.Http.Features;

namespace LoFin.Functions.Middleware;

/// <summary>
/// One body-size limit for every server the app runs behind (Kestrel, the Functions host's
/// forwarded requests, the test server): a declared length over the limit is refused before
/// anything reads it, and a chunked body is cut off by the server's own limit where it has one.
/// </summary>
public sealed class RequestBodyLimitMiddleware(RequestDelegate next)
{
    public const long MaxBodyBytes = 1024 * 1024;

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            await ProblemResults.WriteAsync(context, StatusCodes.Status413PayloadTooLarge, "요청 본문이 너무 큽니다.",
                $"요청 본문은 {MaxBodyBytes / 1024}KB 이하여야 합니다.");
            return;
        }
        if (context.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = MaxBodyBytes;
        }
        await next(context);
    }
}
