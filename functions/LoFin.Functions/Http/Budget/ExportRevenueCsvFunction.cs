using System.Globalization;
using LoFin.Application.Budget.Structure;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>The revenue lines (회계, 장, 세입과목 항-목, 과목명, 금액) of a version as CSV.</summary>
public static class ExportRevenueCsvFunction
{
    public const string Name = "ExportRevenueCsv";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/revenue.csv"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("세입예산 CSV 내려받기");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string? version, HttpContext context,
        BudgetStructureService structure, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
            BudgetHttp.Csv(await structure.ExportRevenueCsvAsync(TenantId.Parse(tenantId), year, number, cancellationToken),
                string.Create(CultureInfo.InvariantCulture, $"세입예산-{tenantId}-{year}{(number is { } n ? $"-{n}" : "")}.csv")));
    }
}
