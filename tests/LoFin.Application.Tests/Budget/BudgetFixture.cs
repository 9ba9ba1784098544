using LoFin.Application.Budget.Demo;
using LoFin.Application.Budget.Formulation;
using LoFin.Application.Budget.Structure;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Testing;

namespace LoFin.Application.Tests.Budget;

/// <summary>The budget use cases on a fresh temporary store, with a manual clock.</summary>
public sealed class BudgetFixture : IDisposable
{
    public static readonly TenantId Seoul = TenantId.Parse("11000");
    public static readonly TenantId Yangpyeong = TenantId.Parse("41830");

    public BudgetFixture()
    {
        Store = new TempStore(Clock);
        Budgets = new BudgetStore(Store.Documents);
        Structure = new BudgetStructureService(Budgets, Clock);
        Formulation = new BudgetFormulationService(Budgets, Clock);
        Transfers = new BudgetTransferService(Budgets, Clock);
        Seeder = new DemoBudgetSeeder(Budgets, Structure, Formulation);
    }

    public ManualClock Clock { get; } = new(new DateTimeOffset(2025, 12, 16, 1, 0, 0, TimeSpan.Zero));

    public TempStore Store { get; }

    public BudgetStore Budgets { get; }

    public BudgetStructureService Structure { get; }

    public BudgetFormulationService Formulation { get; }

    public BudgetTransferService Transfers { get; }

    public DemoBudgetSeeder Seeder { get; }

    /// <summary>Every message waiting on <paramref name="queue"/> (leased, so each is read once).</summary>
    public async Task<List<QueueMessage>> DrainAsync(string queue)
    {
        var all = new List<QueueMessage>();
        while (true)
        {
            var leased = await Store.Queue.LeaseAsync(100, TimeSpan.FromMinutes(5));
            if (leased.Count == 0)
            {
                return [.. all.Where(m => m.Queue == queue)];
            }
            all.AddRange(leased);
        }
    }

    public void Dispose() => Store.Dispose();
}
