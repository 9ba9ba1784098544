namespace LoFin.Functions.Middleware;

public static class IdempotencyEndpointExtensions
{
    /// <summary>Marks a money-moving POST: <c>Idempotency-Key</c> is required and a retry gets the first response.</summary>
    public static RouteHandlerBuilder RequireIdempotencyKey(this RouteHandlerBuilder builder) =>
        builder.WithMetadata(RequiresIdempotencyKey.Instance);
}
