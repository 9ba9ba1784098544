using LoFin.Application.Integrations;
using LoFin.Application.Payments.Bank;
using LoFin.Functions.Middleware;
using LoFin.Functions.Problems;

namespace LoFin.Functions.Webhooks;

/// <summary>
/// The treasury bank's webhooks (이체 결과, 입금 통지). Public: the caller is the bank, authenticated
/// by the HMAC signature over the raw body and a timestamp inside the replay window, not by a bearer
/// token. Not rate-limited per client like other public routes, since every delivery comes from one
/// address at the bank's pace; a forged one costs one HMAC. Answers 200 only once the event and its
/// message are committed, and 200 again for a delivery already recorded, so the bank stops retrying.
/// Not audited per request: the bank-event record is the trail of each delivery (see
/// <see cref="NotAuditedPerRequest"/>); refusals are logged.
/// </summary>
public static class ReceiveBankWebhookFunction
{
    public const string Name = "ReceiveBankWebhook";
    public const string Route = "/api/webhooks/bank";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(Route, HandleAsync).WithName(Name).AllowAnonymous().WithMetadata(NotAuditedPerRequest.Instance)
            .WithSummary("금고 웹훅 수신 (이체 결과, 입금 통지; HMAC 서명)");

    private static async Task<IResult> HandleAsync(HttpContext context, BankWebhookIntake intake, ILoggerFactory loggers, CancellationToken cancellationToken)
    {
        var logger = loggers.CreateLogger(typeof(ReceiveBankWebhookFunction).FullName!);
        var body = await ReadBodyAsync(context.Request, RequestBodyLimitMiddleware.MaxBodyBytes, cancellationToken);
        if (body is null)
        {
            return ProblemResults.Result(context, StatusCodes.Status413PayloadTooLarge, "요청 본문이 너무 큽니다.",
                $"웹훅 본문은 {RequestBodyLimitMiddleware.MaxBodyBytes / 1024}KB 이하여야 합니다.");
        }
        var headers = context.Request.Headers;
        var result = await intake.ReceiveAsync(body, headers[WebhookSignature.TimestampHeader], headers[WebhookSignature.SignatureHeader], cancellationToken);
        switch (result)
        {
            case BankWebhookIntakeResult.Recorded recorded:
                return Results.Ok(new Receipt(recorded.EventId, "received"));
            case BankWebhookIntakeResult.AlreadyReceived already:
                logger.LogInformation("Bank event {EventId} for tenant {TenantId} was already received; nothing changed.", already.EventId, already.TenantId);
                return Results.Ok(new Receipt(already.EventId, "alreadyReceived"));
            case BankWebhookIntakeResult.Unauthenticated refused:
                logger.LogWarning("Bank webhook refused from {RemoteAddress}: {Reason}.", context.Connection.RemoteIpAddress, refused.Reason);
                var (field, message) = Explain(refused.Reason);
                return ProblemResults.Result(context, StatusCodes.Status401Unauthorized, "웹훅 서명을 확인할 수 없습니다.", message,
                    new Dictionary<string, string[]> { [field] = [message] });
            case BankWebhookIntakeResult.Malformed malformed:
                logger.LogWarning("Signed bank webhook is malformed at {Field}.", malformed.Field);
                return ProblemResults.Result(context, StatusCodes.Status400BadRequest, "입력값이 올바르지 않습니다.", malformed.Message,
                    new Dictionary<string, string[]> { [malformed.Field] = [malformed.Message] });
            case BankWebhookIntakeResult.Unprocessable unprocessable:
                logger.LogWarning("Signed bank webhook cannot be processed at {Field}: {Message}", unprocessable.Field, unprocessable.Message);
                return ProblemResults.Result(context, StatusCodes.Status422UnprocessableEntity, "처리할 수 없는 은행 이벤트입니다.", unprocessable.Message,
                    new Dictionary<string, string[]> { [unprocessable.Field] = [unprocessable.Message] });
            default:
                throw new InvalidOperationException($"Unknown intake result {result.GetType().Name}.");
        }
    }

    private static (string Field, string Message) Explain(WebhookVerification reason) => reason switch
    {
        WebhookVerification.MissingTimestamp => (WebhookSignature.TimestampHeader, "서명 시각 헤더가 없습니다."),
        WebhookVerification.MalformedTimestamp => (WebhookSignature.TimestampHeader, "서명 시각은 Unix 초(숫자)입니다."),
        WebhookVerification.Stale => (WebhookSignature.TimestampHeader, "서명 시각이 너무 오래되었습니다 (재전송 의심)."),
        WebhookVerification.FromTheFuture => (WebhookSignature.TimestampHeader, "서명 시각이 미래입니다 (시계 오차 또는 위조)."),
        WebhookVerification.MissingSignature => (WebhookSignature.SignatureHeader, "서명 헤더가 없습니다."),
        WebhookVerification.MalformedSignature => (WebhookSignature.SignatureHeader, "서명은 'v1=' 뒤 16진수 64자입니다."),
        _ => (WebhookSignature.SignatureHeader, "서명이 맞지 않습니다."),
    };

    /// <summary>The raw bytes as sent (the signature is over them), or null past the limit; a chunked body is counted as it is read.</summary>
    private static async Task<byte[]?> ReadBodyAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            return null;
        }
        using var buffer = new MemoryStream(request.ContentLength is { } length ? (int)length : 16 * 1024);
        var chunk = new byte[16 * 1024];
        int read;
        while ((read = await request.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return null;
            }
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    public sealed record Receipt(string EventId, string Status);
}
