using LoFin.Application.Budget.Formulation;
using LoFin.Application.Budget.Structure;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Demo;

/// <summary>
/// Puts the demo governments' 본예산 in place through the same use cases officials use: import,
/// submit, adopt — so adoption enqueues <see cref="BudgetMessages.VersionAdopted"/> as it would
/// for a real budget. A government whose year exists already is left alone (restart-safe; a
/// half-finished one resumes at the step it reached).
/// </summary>
public sealed class DemoBudgetSeeder(BudgetStore budgets, BudgetStructureService structure, BudgetFormulationService formulation)
{
    public const string SeedUserId = "system:demo-seed";

    public async Task<int> SeedAsync(int fiscalYear, CancellationToken cancellationToken)
    {
        var lines = 0;
        foreach (var government in DemoGovernment.All)
        {
            lines += await SeedAsync(government, fiscalYear, cancellationToken);
        }
        return lines;
    }

    public async Task<int> SeedAsync(DemoGovernment government, int fiscalYear, CancellationToken cancellationToken)
    {
        var tenant = government.TenantId;
        var year = await budgets.ReadYearAsync(tenant, fiscalYear, cancellationToken);
        if (year?.Body.LatestAdoptedNumber is not null)
        {
            return 0;
        }
        var budget = DemoBudgetGenerator.Generate(government, fiscalYear);
        var version = year is null ? null : await budgets.RequireVersionAsync(tenant, fiscalYear, 1, cancellationToken);
        if (version is null || version.Body.RevenueLines.Count == 0)
        {
            await structure.ImportExpenditureAsync(tenant, fiscalYear, budget.Expenditure, SeedUserId, cancellationToken);
            await structure.ImportRevenueAsync(tenant, fiscalYear, budget.Revenue, SeedUserId, cancellationToken);
        }
        await formulation.SubmitAsync(tenant, fiscalYear, 1, SeedUserId, cancellationToken);
        await formulation.AdoptAsync(tenant, fiscalYear, 1, "데모 의결", SeedUserId, cancellationToken);
        return budget.Expenditure.Lines.Count;
    }

    /// <summary>The demo governments' tenants, for callers that need to know which ones get a budget.</summary>
    public static IEnumerable<TenantId> Tenants => DemoGovernment.All.Select(g => g.TenantId);
}
