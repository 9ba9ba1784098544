using LoFin.Application.Audit;
using LoFin.Application.Security;
using LoFin.Application.Tenancy;
using LoFin.Domain.Tenancy;

namespace LoFin.Functions.Middleware;

/// <summary>
/// Appends one record to the tenant's hash-chained audit log for every state-changing
/// request (POST, PUT, PATCH, DELETE) that matched an endpoint, refused ones included (it
/// runs outside authentication, authorization and the tenant check): who, which government,
/// what, on what, when, and the outcome. The record goes to the route's government when it
/// is a known one (an attempt on another government's data is that government's business),
/// else to the signed-in user's, else to the national partition (anonymous sign-ins).
/// Use cases that must not lose their record in a crash write it in their own batch with
/// <see cref="IAuditLog.CommitAsync"/>; this middleware covers every request besides.
/// </summary>
public sealed class AuditMiddleware(RequestDelegate next, IAuditLog auditLog, TenantDirectory tenants, ILogger<AuditMiddleware> logger)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method) || HttpMethods.IsOptions(context.Request.Method)
            || context.GetEndpoint() is not RouteEndpoint endpoint
            // Named endpoints are the HTTP functions; the custom-handler invocation route (queue and
            // timer triggers from the Functions host) is not a person's request.
            || endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is null
            || endpoint.Metadata.GetMetadata<NotAuditedPerRequest>() is not null)
        {
            await next(context);
            return;
        }
        try
        {
            await next(context);
        }
        finally
        {
            await AppendAsync(context, endpoint);
        }
    }

    private async Task AppendAsync(HttpContext context, RouteEndpoint endpoint)
    {
        var user = CurrentUser.From(context.User);
        var tenant = TenantId.TryParse(context.GetRouteValue("tenantId") as string, out var routeTenant) && tenants.Contains(routeTenant)
            ? routeTenant
            : user?.TenantId ?? TenantId.National;
        var status = context.Response.StatusCode is >= 100 and <= 599 ? context.Response.StatusCode : 500;
        var entry = new AuditEntry(
            tenant,
            user?.UserId ?? AuditActors.Anonymous,
            user is null ? [] : [.. user.Roles.Order(StringComparer.Ordinal)],
            $"{context.Request.Method} {endpoint.RoutePattern.RawText}",
            Truncate(context.Request.Path.Value ?? "/", AuditEntry.MaxTargetLength),
            AuditOutcomes.FromStatusCode(status),
            context.Items.TryGetValue(CorrelationMiddleware.ItemKey, out var correlation) ? correlation as string : null,
            context.Connection.RemoteIpAddress);
        try
        {
            // Not the request's token: a client that hangs up must not leave its request unaudited.
            await auditLog.AppendAsync(entry, CancellationToken.None);
        }
        catch (Exception ex) when (ex is AuditAppendFailedException or ArgumentException or Application.Documents.DocumentStoreException)
        {
            logger.LogError(ex, "Audit record for {Action} on {Target} could not be appended.", entry.Action, entry.Target);
        }
    }

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}
