namespace LoFin.Functions.Middleware;

/// <summary>
/// Endpoint metadata: <see cref="AuditMiddleware"/> writes no record per request for this endpoint,
/// because the endpoint keeps its own durable record of each request it acts on and is called by a
/// machine at a rate that would bury the people's actions in the audit chain (bank webhooks).
/// </summary>
public sealed class NotAuditedPerRequest
{
    public static readonly NotAuditedPerRequest Instance = new();

    private NotAuditedPerRequest()
    {
    }
}
