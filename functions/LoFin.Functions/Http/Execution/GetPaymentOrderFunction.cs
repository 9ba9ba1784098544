using LoFin.Application.Documents;
using LoFin.Application.Payments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>One 지급명령 with each of its transfers and the bank's answer (지급 현황).</summary>
public static class GetPaymentOrderFunction
{
    public const string Name = "GetPaymentOrder";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/payment-orders/{orderId}"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지급명령 상세 (이체별 결과)");

    private static async Task<IResult> HandleAsync(string tenantId, string orderId, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        var tenant = TenantId.Parse(tenantId);
        // Order ids start with the tenant's code (the bank routes results by it): another prefix is nobody's order here.
        var stored = orderId.Length is > 0 and <= 64 && orderId.StartsWith(tenantId + "-", StringComparison.Ordinal)
            ? await store.ReadAsync<PaymentOrderDocument>(tenant, orderId, cancellationToken)
            : null;
        if (stored is null)
        {
            return ProblemResults.Result(context, 404, "지급명령을 찾을 수 없습니다.", $"'{orderId}'은(는) 없는 지급명령입니다.");
        }
        var payments = await PaymentQueries.OfOrderAsync(store, tenant, orderId, cancellationToken);
        return Results.Ok(new PaymentOrderDetail(PaymentOrderView.From(stored.Body), [.. payments.Select(PaymentView.From)]));
    }

    public sealed record PaymentOrderDetail(PaymentOrderView Order, IReadOnlyList<PaymentView> Payments);
}
