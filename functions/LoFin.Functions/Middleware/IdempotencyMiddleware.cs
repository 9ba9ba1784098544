using System.Security.Cryptography;
using System.Text;
using LoFin.Application.Idempotency;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http;
using LoFin.Functions.Problems;

namespace LoFin.Functions.Middleware;

/// <summary>
/// For endpoints marked <see cref="RequiresIdempotencyKey"/>: claims the caller's key, runs the
/// request with its response buffered, and stores the response; a retry with the same key and the
/// same request gets that response again with <c>Idempotent-Replayed: true</c>, the same key with
/// another request is 422, and a copy racing the first is 409. Runs after authentication and the
/// tenant check, so keys are scoped to the signed-in user in the route's government and a refused
/// caller claims nothing.
/// </summary>
public sealed class IdempotencyMiddleware(RequestDelegate next, IdempotentRequests requests, ILogger<IdempotencyMiddleware> logger)
{
    public const string ReplayedHeader = "Idempotent-Replayed";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresIdempotencyKey>() is null
            || CurrentUser.From(context.User) is not { } user)
        {
            // Unmarked endpoints, and anonymous callers that authorization is about to refuse.
            await next(context);
            return;
        }
        if (!IdempotencyKey.TryRead(context, out var key, out var invalid))
        {
            await invalid!.ExecuteAsync(context);
            return;
        }
        if (key is null)
        {
            await ProblemResults.WriteAsync(context, 400, "입력값이 올바르지 않습니다.", "돈이 움직이는 요청에는 Idempotency-Key 헤더가 필요합니다.",
                new Dictionary<string, string[]> { [IdempotencyKey.HeaderName] = ["요청마다 새로 만든 Idempotency-Key를 보내세요. 재시도에는 같은 값을 보냅니다."] });
            return;
        }
        var tenant = TenantId.TryParse(context.GetRouteValue("tenantId") as string, out var routeTenant) ? routeTenant : user.TenantId;
        var fingerprint = await FingerprintAsync(context.Request);
        var begin = await requests.BeginAsync(tenant, user.UserId, key, fingerprint, context.RequestAborted);
        switch (begin.Outcome)
        {
            case IdempotencyBeginOutcome.Replay:
                await ReplayAsync(context, begin.Response!);
                return;
            case IdempotencyBeginOutcome.KeyReused:
                await ProblemResults.WriteAsync(context, 422, "Idempotency-Key가 다른 요청에 이미 쓰였습니다.",
                    "같은 키로 내용이 다른 요청을 보냈습니다. 새 요청에는 새 키를 만드세요.",
                    new Dictionary<string, string[]> { [IdempotencyKey.HeaderName] = ["이 키는 다른 요청에 쓰였습니다."] });
                return;
            case IdempotencyBeginOutcome.InProgress:
                context.Response.Headers.RetryAfter = "1";
                await ProblemResults.WriteAsync(context, 409, "같은 요청을 처리하고 있습니다.", "잠시 후 같은 Idempotency-Key로 다시 보내면 처리 결과를 받습니다.");
                return;
        }
        await RunAndStoreAsync(context, tenant, user.UserId, key, fingerprint, begin.ETag!);
    }

    private async Task RunAndStoreAsync(HttpContext context, TenantId tenant, string userId, string key, string fingerprint, string etag)
    {
        var original = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        var completed = false;
        try
        {
            await next(context);
            var status = context.Response.StatusCode;
            if (status < 500)
            {
                var response = new IdempotentResponse(status, context.Response.ContentType, context.Response.Headers.Location.ToString() is { Length: > 0 } location ? location : null,
                    Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
                // Not the request's token: once the effect happened its answer must be kept even if the client hung up.
                await requests.CompleteAsync(tenant, userId, key, fingerprint, etag, response, CancellationToken.None);
                completed = true;
            }
        }
        finally
        {
            context.Response.Body = original;
            if (!completed)
            {
                await AbandonQuietlyAsync(tenant, userId, key, etag);
            }
        }
        buffer.Position = 0;
        await buffer.CopyToAsync(original, context.RequestAborted);
    }

    private async Task AbandonQuietlyAsync(TenantId tenant, string userId, string key, string etag)
    {
        try
        {
            await requests.AbandonAsync(tenant, userId, key, etag, CancellationToken.None);
        }
        catch (Application.Documents.DocumentStoreException ex)
        {
            // The claim stays; after IdempotentRequests.AbandonedAfter a retry takes it over.
            logger.LogWarning(ex, "Idempotency key {Key} of {UserId} could not be released.", key, userId);
        }
    }

    private static async Task ReplayAsync(HttpContext context, IdempotentResponse response)
    {
        context.Response.StatusCode = response.StatusCode;
        context.Response.Headers[ReplayedHeader] = "true";
        if (response.ContentType is { } contentType)
        {
            context.Response.ContentType = contentType;
        }
        if (response.Location is { } location)
        {
            context.Response.Headers.Location = location;
        }
        await context.Response.WriteAsync(response.Body, context.RequestAborted);
    }

    /// <summary>Method, path and body: the same key on another route or with another body is another request.</summary>
    private static async Task<string> FingerprintAsync(HttpRequest request)
    {
        request.EnableBuffering();
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(Encoding.UTF8.GetBytes($"{request.Method} {request.Path}\n"));
        var chunk = new byte[8192];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, request.HttpContext.RequestAborted)) > 0)
        {
            hash.AppendData(chunk, 0, read);
        }
        request.Body.Position = 0;
        return Convert.ToHexString(hash.GetHashAndReset());
    }
}
