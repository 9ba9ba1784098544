using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;
using static LoFin.Domain.Tests.Budget.Execution.Lines;

namespace LoFin.Domain.Tests.Ledger;

public sealed class GeneralLedgerTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    private static JournalEntry Receipt(string id, long amountWon, string code = "111-01") =>
        PostingRules.EntryFor(new RevenueReceipt(Id(id), FiscalAccount.General, RevenueCode.Parse(code), amountWon, Day));

    [Fact]
    public void Post_WhenTheSameEntryArrivesTwice_RecordsItOnce()
    {
        var books = new GeneralLedger(FiscalAccount.General);
        Assert.Equal(PostingStatus.Posted, books.Post(Receipt("bank-1", 10_000)).Status);
        Assert.Equal(PostingStatus.AlreadyPosted, books.Post(Receipt("bank-1", 10_000)).Status);
        Assert.Equal(10_000, books.BalanceWon(ChartOfAccounts.Cash));
        Assert.Single(books.Entries);
    }

    [Fact]
    public void Post_WhenAnotherEntryUsesAPostedId_RefusesAndKeepsTheFirst()
    {
        var books = new GeneralLedger(FiscalAccount.General);
        books.Post(Receipt("bank-1", 10_000));
        var result = books.Post(Receipt("bank-1", 10_001));
        Assert.Equal(PostingStatus.ExistsWithDifferentContent, result.Status);
        Assert.Equal(10_000, result.Entry.TotalWon);
        Assert.Equal(10_000, books.BalanceWon(ChartOfAccounts.LocalTaxRevenue));
    }

    [Fact]
    public void Post_WhenEntryBelongsToAnotherFiscalAccount_Refuses()
    {
        var books = new GeneralLedger(FiscalAccount.Parse("201"));
        Assert.Equal(PostingStatus.WrongFiscalAccount, books.Post(Receipt("bank-1", 10_000)).Status);
        Assert.Empty(books.Entries);
    }

    [Fact]
    public void TrialBalance_WhenAnExpenseIsPaidAndPartlyRefunded_IsZeroWithNetBalances()
    {
        var books = new GeneralLedger(FiscalAccount.General);
        books.Post(Receipt("tax", 1_000_000));
        var ledger = Paid(300_000);
        ledger.Refund(Id("f1"), Id("p1"), 50_000);
        foreach (var operation in ledger.Operations)
        {
            ledger.TryGetResult(operation.Id, out var result);
            if (result!.Event is { } executed && PostingRules.EntryFor(executed, Day) is { } entry)
            {
                Assert.True(books.Post(entry).IsPosted);
            }
        }
        var trial = books.TrialBalance();
        Assert.True(trial.IsBalanced);
        Assert.Equal(0, trial.DifferenceWon);
        Assert.Equal(1_000_000 - 300_000 + 50_000, books.BalanceWon(ChartOfAccounts.Cash));
        Assert.Equal(250_000, books.BalanceWon(ChartOfAccounts.OperatingExpense));
        Assert.Equal(0, books.BalanceWon(ChartOfAccounts.Payables));
        Assert.Equal(1_000_000 + 300_000 + 300_000 + 50_000, trial.TotalDebitWon);
        Assert.Equal(trial.Rows, TrialBalance.Of(books.Entries).Rows);
    }

    [Fact]
    public void TrialBalanceRowOf_WhenAccountHasNoActivity_IsZero() =>
        Assert.Equal(0, new GeneralLedger(FiscalAccount.General).TrialBalance().RowOf(ChartOfAccounts.Withholdings).BalanceWon);
}
