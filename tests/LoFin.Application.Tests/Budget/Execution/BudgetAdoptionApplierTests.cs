using LoFin.Application.Budget;
using LoFin.Application.Budget.Execution;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;
using LoFin.Testing;
using Microsoft.Extensions.Logging.Abstractions;
using Xunit;

namespace LoFin.Application.Tests.Budget.Execution;

public sealed class BudgetAdoptionApplierTests : IDisposable
{
    private static readonly TenantId Yangpyeong = TenantId.Parse("41830");
    private static readonly BudgetLineKey Roads = BudgetLineKey.Parse("2026/100/4183010/D-0001/401-01");
    private static readonly BudgetLineKey Welfare = BudgetLineKey.Parse("2026/100/4183020/D-0002/307-02");
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 1, 2, 0, 0, 0, TimeSpan.Zero));
    private readonly TempStore _temp;
    private readonly BudgetLineLedgerStore _ledgers;
    private readonly BudgetAdoptionApplier _applier;

    public BudgetAdoptionApplierTests()
    {
        _temp = new TempStore(_clock);
        _ledgers = new BudgetLineLedgerStore(_temp.Documents, _clock, new BudgetLineLedgerStoreOptions());
        _applier = new BudgetAdoptionApplier(_ledgers, NullLogger<BudgetAdoptionApplier>.Instance);
    }

    public void Dispose() => _temp.Dispose();

    private static BudgetVersionAdopted Version(int number, params (BudgetLineKey Line, long BudgetWon)[] lines) =>
        new(Yangpyeong, 2026, $"2026-{number:D2}", number, number == 1 ? "Original" : "Supplementary", 1, 1, lines.Length,
            DateTimeOffset.UnixEpoch, lines.Select(l => new AdoptedLineAmount(l.Line.ToString(), l.BudgetWon)).ToList());

    private async Task<LineLedgerDocument> HeadAsync(BudgetLineKey line) => (await _ledgers.ReadHeadAsync(Yangpyeong, line))!.Body;

    [Fact]
    public async Task ApplyVersionAsync_WhenAVersionIsRedeliveredOrAnOlderOneArrivesLate_KeepsTheNewestAmounts()
    {
        var original = Version(1, (Roads, 500_000_000), (Welfare, 80_000_000));
        var supplementary = Version(2, (Roads, 650_000_000), (Welfare, 70_000_000));

        await _applier.ApplyVersionAsync(original, default);
        await _applier.ApplyVersionAsync(supplementary, default);
        await _applier.ApplyVersionAsync(supplementary, default);
        await _applier.ApplyVersionAsync(original, default);

        Assert.Equal(650_000_000, (await HeadAsync(Roads)).BudgetWon);
        Assert.Equal(70_000_000, (await HeadAsync(Welfare)).BudgetWon);
        Assert.Equal(2, (await HeadAsync(Roads)).OperationCount);
    }

    [Fact]
    public async Task ApplyTransferAsync_WhenApproved_MovesTheAmountOnceEvenIfRedelivered()
    {
        await _applier.ApplyVersionAsync(Version(1, (Roads, 500_000_000), (Welfare, 80_000_000)), default);
        var transfer = new BudgetTransferApproved(Yangpyeong, 2026, "T-0001", Roads.ToString(), Welfare.ToString(), 30_000_000, DateTimeOffset.UnixEpoch);

        await _applier.ApplyTransferAsync(transfer, default);
        await _applier.ApplyTransferAsync(transfer, default);

        Assert.Equal(470_000_000, (await HeadAsync(Roads)).BudgetWon);
        Assert.Equal(110_000_000, (await HeadAsync(Welfare)).BudgetWon);
    }

    [Fact]
    public async Task ApplyTransferAsync_WhenTheSourceCannotGiveIt_CreatesNoMoneyOnTheDestination()
    {
        await _applier.ApplyVersionAsync(Version(1, (Roads, 500_000_000), (Welfare, 80_000_000)), default);
        // The whole roads budget is already allotted to the department, so none of it can leave the line.
        await _ledgers.WriteAsync(Yangpyeong, [new LineOperation(Roads, new AllotmentAdjustment(OperationId.Parse("q1"), 500_000_000))], "budget office");

        await _applier.ApplyTransferAsync(new BudgetTransferApproved(Yangpyeong, 2026, "T-0002", Roads.ToString(), Welfare.ToString(), 30_000_000, DateTimeOffset.UnixEpoch), default);

        Assert.Equal(500_000_000, (await HeadAsync(Roads)).BudgetWon);
        Assert.Equal(80_000_000, (await HeadAsync(Welfare)).BudgetWon);
    }
}
