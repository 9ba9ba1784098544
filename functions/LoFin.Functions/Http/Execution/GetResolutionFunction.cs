using LoFin.Application.Documents;
using LoFin.Application.Execution.Resolutions;
using LoFin.Application.Payments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>One 지출결의 and, once approved, its payable: ordered, paid or waiting.</summary>
public static class GetResolutionFunction
{
    public const string Name = "GetResolution";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/resolutions/{resolutionId}"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지출결의 상세 (지급 현황 포함)");

    private static async Task<IResult> HandleAsync(string tenantId, string resolutionId, HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        var tenant = TenantId.Parse(tenantId);
        var stored = resolutionId.Length is > 0 and <= 64
            ? await store.ReadAsync<ResolutionDocument>(tenant, ResolutionDocument.IdFor(resolutionId), cancellationToken)
            : null;
        if (stored is null)
        {
            return ProblemResults.Result(context, 404, "지출결의를 찾을 수 없습니다.", $"'{resolutionId}'은(는) 없는 지출결의입니다.");
        }
        var payable = await store.ReadAsync<ExpenditureDocument>(tenant, ExpenditureDocument.IdFor(resolutionId), cancellationToken);
        return Results.Ok(new ResolutionDetail(ResolutionView.From(stored.Body), payable is null ? null : PayableView.From(payable.Body)));
    }

    public sealed record ResolutionDetail(ResolutionView Resolution, PayableView? Payable);
}
