using System.Diagnostics;
using LoFin.Application.Budget;
using LoFin.Application.Budget.Demo;
using LoFin.Application.Budget.Structure;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;
using Xunit;
using Xunit.Abstractions;

namespace LoFin.Application.Tests.Budget;

public sealed class DemoBudgetTests(ITestOutputHelper output) : IDisposable
{
    private readonly BudgetFixture _budget = new();

    public void Dispose() => _budget.Dispose();

    [Fact]
    public void Generate_WhenRunTwice_GivesTheSameBudget()
    {
        foreach (var government in DemoGovernment.All)
        {
            Assert.Equal(ExpenditureCsv.Write(DemoBudgetGenerator.Generate(government, 2026).Expenditure),
                ExpenditureCsv.Write(DemoBudgetGenerator.Generate(government, 2026).Expenditure));
        }
    }

    [Fact]
    public void Generate_ForEachGovernment_GivesAValidBalancedBudgetOfHundredsOfLines()
    {
        foreach (var government in DemoGovernment.All)
        {
            var budget = DemoBudgetGenerator.Generate(government, 2026);
            var lines = budget.Expenditure.Lines;
            Assert.InRange(lines.Count, 300, 800);
            Assert.Empty(BudgetStructureRules.Check(2026, [.. budget.Expenditure.Accounts.Select(a => a.Account)],
                [.. budget.Expenditure.Departments.Select(d => d.Department)], lines));
            Assert.Empty(BudgetStructureRules.CheckRevenue([.. budget.Expenditure.Accounts.Select(a => a.Account)], budget.Revenue));
            Assert.Equal(["100", "201", "202", "301", "401", "402"], budget.Expenditure.Accounts.Select(a => a.Account.ToString()).ToArray());
            Assert.Contains(budget.Expenditure.Departments, d => d.Name == "복지정책과");
            Assert.Contains(budget.Expenditure.Departments, d => d.Name == "예산담당관");
            Assert.All(lines, l => Assert.True(l.AmountWon > 0 && l.AmountWon % 1_000 == 0, l.Key.ToString()));
            foreach (var account in budget.Expenditure.Accounts)
            {
                // 세입 = 세출, per 회계.
                Assert.Equal(lines.Where(l => l.Key.Account == account.Account).Sum(l => l.AmountWon),
                    budget.Revenue.Where(r => r.Account == account.Account).Sum(r => r.AmountWon));
            }
            Assert.All(budget.Revenue, r => Assert.True(r.AmountWon >= 0));
            if (!government.IsMetropolitan)
            {
                Assert.DoesNotContain(lines, l => l.Funding.ProvincialWon > 0 && l.Funding.NationalWon == 0);
            }
            var general = lines.Where(l => l.Key.Account == FiscalAccount.General).Sum(l => l.AmountWon);
            output.WriteLine($"{government.Name}: {lines.Count} lines, 일반회계 {general:N0}원, total {lines.Sum(l => l.AmountWon):N0}원");
        }
    }

    [Fact]
    public async Task Seed_ForAllThreeGovernments_AdoptsEachOnceQuickly()
    {
        var watch = Stopwatch.StartNew();
        var lines = await _budget.Seeder.SeedAsync(2026, default);
        watch.Stop();
        output.WriteLine($"Seeded {lines} lines in {watch.ElapsedMilliseconds} ms");

        Assert.Equal(0, await _budget.Seeder.SeedAsync(2026, default));
        var messages = await _budget.DrainAsync(BudgetMessages.VersionAdopted);
        Assert.Equal(DemoGovernment.All.Select(g => g.TenantId.Value).Order().ToArray(), messages.Select(m => m.TenantId.Value).Order().ToArray());
        Assert.Equal(lines, messages.Sum(m => m.Payload<BudgetVersionAdopted>().Lines.Count));
        Assert.InRange(watch.Elapsed.TotalSeconds, 0, 20);
    }
}
