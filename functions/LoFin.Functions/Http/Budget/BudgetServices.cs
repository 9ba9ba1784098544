using LoFin.Application.Budget.Demo;
using LoFin.Application.Budget.Formulation;
using LoFin.Application.Budget.Structure;
using LoFin.Application.Functions;
using LoFin.Functions.Queues.Budget;

namespace LoFin.Functions.Http.Budget;

/// <summary>The budget formulation services and their queue function, registered in one call from ServiceRegistration.</summary>
public static class BudgetServices
{
    public static IServiceCollection AddLoFinBudget(this IServiceCollection services)
    {
        services.AddSingleton<BudgetStore>();
        services.AddSingleton<BudgetStructureService>();
        services.AddSingleton<BudgetFormulationService>();
        services.AddSingleton<BudgetTransferService>();
        services.AddSingleton<DemoBudgetSeeder>();
        services.AddSingleton<IQueueFunction, CompleteBudgetTransferFunction>();
        return services;
    }

    public static void MapAll(IEndpointRouteBuilder app)
    {
        GetBudgetYearFunction.Map(app);
        GetBudgetTreeFunction.Map(app);
        ExportExpenditureCsvFunction.Map(app);
        ImportExpenditureCsvFunction.Map(app);
        ExportRevenueCsvFunction.Map(app);
        ImportRevenueCsvFunction.Map(app);
        RequestBudgetLineFunction.Map(app);
        AdjustBudgetLineFunction.Map(app);
        SubmitBudgetVersionFunction.Map(app);
        AdoptBudgetVersionFunction.Map(app);
        CreateSupplementaryBudgetFunction.Map(app);
        GetBudgetVersionDiffFunction.Map(app);
        RequestBudgetTransferFunction.Map(app);
        GetBudgetTransferFunction.Map(app);
    }
}
