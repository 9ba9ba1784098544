using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;

namespace LoFin.Domain.Tests.Ledger;

public sealed class JournalEntryTests
{
    private static readonly OperationId EntryId = OperationId.Parse("e1");
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Fact]
    public void Create_WhenDebitsEqualCredits_KeepsTheTotal()
    {
        var entry = JournalEntry.Create(EntryId, FiscalAccount.General, Day,
        [
            JournalLine.Debit(ChartOfAccounts.OperatingExpense, 700),
            JournalLine.Debit(ChartOfAccounts.PersonnelExpense, 300),
            JournalLine.Credit(ChartOfAccounts.Payables, 1_000),
        ]);
        Assert.Equal(1_000, entry.TotalWon);
        Assert.Equal(3, entry.Lines.Length);
    }

    [Fact]
    public void Create_WhenCreditsAreOneWonShort_ThrowsNamingBothTotals()
    {
        var thrown = Assert.Throws<InvalidJournalEntryException>(() => JournalEntry.Create(EntryId, FiscalAccount.General, Day,
            [JournalLine.Debit(ChartOfAccounts.OperatingExpense, 1_000), JournalLine.Credit(ChartOfAccounts.Payables, 999)]));
        Assert.Contains("1,000원", thrown.Message, StringComparison.Ordinal);
        Assert.Contains("999원", thrown.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_WhenNoLines_Refuses() =>
        Assert.False(JournalEntry.TryCreate(EntryId, FiscalAccount.General, Day, [], out _, out _));

    [Fact]
    public void TryCreate_WhenOnlyDebits_Refuses() =>
        Assert.False(JournalEntry.TryCreate(EntryId, FiscalAccount.General, Day, [JournalLine.Debit(ChartOfAccounts.Cash, 1)], out _, out _));

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void TryCreate_WhenAnAmountIsNotPositive_Refuses(long amountWon)
    {
        Assert.False(JournalEntry.TryCreate(EntryId, FiscalAccount.General, Day,
            [JournalLine.Debit(ChartOfAccounts.Cash, amountWon), JournalLine.Credit(ChartOfAccounts.LocalTaxRevenue, amountWon)], out _, out var problem));
        Assert.Contains("1원 이상", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void TryCreate_WhenASideOverflows_RefusesInsteadOfWrapping() =>
        Assert.False(JournalEntry.TryCreate(EntryId, FiscalAccount.General, Day,
        [
            JournalLine.Debit(ChartOfAccounts.Cash, long.MaxValue),
            JournalLine.Debit(ChartOfAccounts.Cash, 2),
            JournalLine.Credit(ChartOfAccounts.LocalTaxRevenue, 1),
        ], out _, out _));

    [Fact]
    public void TryCreate_WhenIdOrAccountMissing_Refuses()
    {
        JournalLine[] lines = [JournalLine.Debit(ChartOfAccounts.Cash, 1), JournalLine.Credit(ChartOfAccounts.LocalTaxRevenue, 1)];
        Assert.False(JournalEntry.TryCreate(default, FiscalAccount.General, Day, lines, out _, out _));
        Assert.False(JournalEntry.TryCreate(EntryId, default, Day, lines, out _, out _));
    }

    [Fact]
    public void Create_WhenCallerChangesItsArrayAfterwards_EntryKeepsItsOwnLines()
    {
        JournalLine[] lines = [JournalLine.Debit(ChartOfAccounts.Cash, 5), JournalLine.Credit(ChartOfAccounts.LocalTaxRevenue, 5)];
        var entry = JournalEntry.Create(EntryId, FiscalAccount.General, Day, lines);
        lines[0] = JournalLine.Debit(ChartOfAccounts.Cash, 6);
        Assert.Equal(5, entry.Lines[0].AmountWon);
    }

    [Fact]
    public void Chart_WhenRead_HasUniqueCodesWhoseFirstDigitIsTheClass()
    {
        Assert.Equal(ChartOfAccounts.All.Count, ChartOfAccounts.All.Select(a => a.Code).Distinct().Count());
        Assert.All(ChartOfAccounts.All, a => Assert.Equal((int)a.Class, a.Code[0] - '0'));
        Assert.True(ChartOfAccounts.TryFind("2101", out var payables));
        Assert.Equal("미지급금", payables.Name);
    }
}
