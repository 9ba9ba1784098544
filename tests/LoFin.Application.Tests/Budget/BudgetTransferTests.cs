using LoFin.Application.Budget;
using LoFin.Application.Budget.Demo;
using LoFin.Application.Budget.Formulation;
using LoFin.Application.Budget.Structure;
using LoFin.Application.Validation;
using Xunit;

namespace LoFin.Application.Tests.Budget;

public sealed class BudgetTransferTests : IDisposable
{
    private readonly BudgetFixture _budget = new();

    public void Dispose() => _budget.Dispose();

    [Fact]
    public async Task Complete_WhenApprovedTwice_EnqueuesOneTransferMessage()
    {
        var budget = DemoBudgetGenerator.Generate(DemoGovernment.All[2], 2026);
        await _budget.Seeder.SeedAsync(DemoGovernment.All[2], 2026, default);
        await _budget.DrainAsync(BudgetMessages.VersionAdopted);
        var general = budget.Expenditure.Lines.Where(l => l.Key.Account.Code == 100).ToList();
        var (from, to) = (general[0], general[1]);
        var request = new TransferRequest("t-1", from.Key, to.Key, 1_000, "집행 잔액을 부족한 과목으로");

        var (created, isNew) = await _budget.Transfers.RequestAsync(BudgetFixture.Yangpyeong, 2026, request, "yangpyeong.clerk", "approval-budget-transfer-t-1", default);
        var (retried, isNewAgain) = await _budget.Transfers.RequestAsync(BudgetFixture.Yangpyeong, 2026, request, "yangpyeong.clerk", "approval-budget-transfer-t-1", default);
        Assert.Equal((true, false, "PendingApproval"), (isNew, isNewAgain, retried.Status));

        await _budget.Transfers.CompleteAsync(BudgetFixture.Yangpyeong, "t-1", TransferDecision.Approved, null, default);
        var again = await _budget.Transfers.CompleteAsync(BudgetFixture.Yangpyeong, "t-1", TransferDecision.Rejected, null, default);

        Assert.Equal("Approved", again!.Status);
        var payload = Assert.Single(await _budget.DrainAsync(BudgetMessages.TransferApproved)).Payload<BudgetTransferApproved>();
        Assert.Equal(("t-1", from.Key.ToString(), to.Key.ToString(), 1_000L), (payload.TransferId, payload.FromLineKey, payload.ToLineKey, payload.AmountWon));
        Assert.Equal(created.TransferId, payload.TransferId);
    }

    [Fact]
    public async Task Request_WhenAmountExceedsWhatTheSourceHolds_IsRefusedCountingPendingTransfers()
    {
        var budget = DemoBudgetGenerator.Generate(DemoGovernment.All[2], 2026);
        await _budget.Seeder.SeedAsync(DemoGovernment.All[2], 2026, default);
        var general = budget.Expenditure.Lines.Where(l => l.Key.Account.Code == 100).ToList();
        var (from, to) = (general[0], general[1]);
        await _budget.Transfers.RequestAsync(BudgetFixture.Yangpyeong, 2026, new TransferRequest("t-a", from.Key, to.Key, from.AmountWon - 1_000, "1차"), "c", "i-a", default);

        var refused = await Assert.ThrowsAsync<RequestValidationException>(() => _budget.Transfers.RequestAsync(BudgetFixture.Yangpyeong, 2026,
            new TransferRequest("t-b", from.Key, to.Key, 1_001, "2차"), "c", "i-b", default));
        Assert.Contains("amountWon", refused.Errors.Keys);
        var other = budget.Expenditure.Lines.First(l => l.Key.Account.Code != 100);
        var crossing = await Assert.ThrowsAsync<RequestValidationException>(() => _budget.Transfers.RequestAsync(BudgetFixture.Yangpyeong, 2026,
            new TransferRequest("t-c", from.Key, other.Key, 1, "회계 간"), "c", "i-c", default));
        Assert.Contains("toLineKey", crossing.Errors.Keys);
    }

    [Fact]
    public async Task Request_WhenNoBudgetIsAdopted_IsRefused()
    {
        var budget = DemoBudgetGenerator.Generate(DemoGovernment.All[2], 2026);
        await _budget.Structure.ImportExpenditureAsync(BudgetFixture.Yangpyeong, 2026, budget.Expenditure, "b", default);
        var lines = budget.Expenditure.Lines;
        await Assert.ThrowsAsync<BudgetRefusedException>(() => _budget.Transfers.RequestAsync(BudgetFixture.Yangpyeong, 2026,
            new TransferRequest("t-1", lines[0].Key, lines[1].Key, 1, "사유"), "c", "i", default));
    }
}
