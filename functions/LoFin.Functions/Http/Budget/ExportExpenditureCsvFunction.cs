using System.Globalization;
using LoFin.Application.Budget.Structure;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>The expenditure lines of a version as CSV (UTF-8 with BOM, Korean header), for Excel and for import back.</summary>
public static class ExportExpenditureCsvFunction
{
    public const string Name = "ExportExpenditureCsv";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(BudgetHttp.Route("/expenditure.csv"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("세출예산 CSV 내려받기");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, string? version, HttpContext context,
        BudgetStructureService structure, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem) || !BudgetHttp.TryVersion(context, version, out var number, out problem))
        {
            return problem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
            BudgetHttp.Csv(await structure.ExportExpenditureCsvAsync(TenantId.Parse(tenantId), year, number, cancellationToken),
                string.Create(CultureInfo.InvariantCulture, $"세출예산-{tenantId}-{year}{(number is { } n ? $"-{n}" : "")}.csv")));
    }
}
