namespace LoFin.Functions.Middleware;

/// <summary>
/// Endpoint metadata for POSTs that move money: the request must carry <c>Idempotency-Key</c>, and
/// <see cref="IdempotencyMiddleware"/> answers a retry with the first response.
/// </summary>
public sealed class RequiresIdempotencyKey
{
    public static readonly RequiresIdempotencyKey Instance = new();

    private RequiresIdempotencyKey()
    {
    }
}
