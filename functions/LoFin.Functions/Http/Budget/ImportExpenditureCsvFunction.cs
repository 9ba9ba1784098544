using LoFin.Application.Budget.Structure;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Budget;

/// <summary>
/// Imports the expenditure lines (text/csv) into the year's open version — the first import
/// creates the year and its 본예산. The whole file is checked first: any error and nothing is
/// stored; the answer lists every error with its line and column.
/// </summary>
public static class ImportExpenditureCsvFunction
{
    public const string Name = "ImportExpenditureCsv";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost(BudgetHttp.Route("/expenditure.csv"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("세출예산 CSV 가져오기 (예산부서)");

    private static async Task<IResult> HandleAsync(string tenantId, string fiscalYear, HttpContext context, BudgetStructureService structure, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryYear(context, fiscalYear, out var year, out var problem))
        {
            return problem!;
        }
        var user = BudgetHttp.RequireRole(context, Roles.BudgetOfficer, "예산 과목 가져오기", out problem);
        if (user is null)
        {
            return problem!;
        }
        var (text, readProblem) = await BudgetHttp.ReadCsvAsync(context, cancellationToken);
        if (text is null)
        {
            return readProblem!;
        }
        return await BudgetHttp.RunAsync(context, async () =>
        {
            var outcome = await structure.ImportExpenditureCsvAsync(TenantId.Parse(tenantId), year, text, user.UserId, cancellationToken);
            return outcome.Imported is { } imported ? Results.Ok(imported) : BudgetHttp.ImportRefused(context, outcome.Errors);
        });
    }
}
