using System.Text.RegularExpressions;
using LoFin.Application.Security;

namespace LoFin.Functions.Middleware;

/// <summary>
/// Gives every request a correlation id (the caller's <c>X-Correlation-Id</c> when it is
/// well-formed), puts it with tenant and user on every log line of the request, and logs
/// one line per request with its outcome and duration.
/// </summary>
public sealed partial class CorrelationMiddleware(RequestDelegate next, ILogger<CorrelationMiddleware> logger)
{
    public const string HeaderName = "X-Correlation-Id";
    public const string ItemKey = "lofin.correlationId";

    [GeneratedRegex("^[A-Za-z0-9_.:-]{1,64}$")]
    private static partial Regex WellFormed();

    public async Task InvokeAsync(HttpContext context)
    {
        var supplied = context.Request.Headers[HeaderName].ToString();
        var correlationId = WellFormed().IsMatch(supplied) ? supplied : Guid.CreateVersion7().ToString("N");
        context.Items[ItemKey] = correlationId;
        context.Response.Headers[HeaderName] = correlationId;
        using var scope = logger.BeginScope(new CorrelationScope(context, correlationId));
        var started = System.Diagnostics.Stopwatch.GetTimestamp();
        try
        {
            await next(context);
        }
        finally
        {
            // One line per request, inside the scope: tenant, user and correlation id travel with it.
            logger.LogInformation("HTTP {Method} {Path} answered {StatusCode} in {ElapsedMs:0.0} ms",
                context.Request.Method, context.Request.Path.Value, context.Response.StatusCode,
                System.Diagnostics.Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        }
    }

    /// <summary>Evaluated lazily, so the tenant and user are known once authentication has run.</summary>
    private sealed class CorrelationScope(HttpContext context, string correlationId) : IReadOnlyList<KeyValuePair<string, object?>>
    {
        private KeyValuePair<string, object?>[] Values
        {
            get
            {
                var user = CurrentUser.From(context.User);
                var tenant = context.GetRouteValue("tenantId")?.ToString() ?? user?.TenantId.Value;
                return
                [
                    new("CorrelationId", correlationId),
                    new("TenantId", tenant),
                    new("UserId", user?.UserId),
                ];
            }
        }

        public int Count => 3;

        public KeyValuePair<string, object?> this[int index] => Values[index];

        public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, object?>>)Values).GetEnumerator();

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();

        public override string ToString() => string.Join(' ', Values.Where(v => v.Value is not null).Select(v => $"{v.Key}:{v.Value}"));
    }
}
