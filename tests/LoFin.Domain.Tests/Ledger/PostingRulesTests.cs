using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;
using static LoFin.Domain.Tests.Budget.Execution.Lines;

namespace LoFin.Domain.Tests.Ledger;

public sealed class PostingRulesTests
{
    private static readonly DateOnly Day = new(2026, 3, 2);

    [Theory]
    [InlineData("101-01", "5101")]
    [InlineData("201-01", "5102")]
    [InlineData("202-01", "5102")]
    [InlineData("307-02", "5103")]
    [InlineData("311-01", "5104")]
    [InlineData("401-01", "1302")]
    [InlineData("402-01", "5103")]
    [InlineData("405-01", "1301")]
    [InlineData("501-01", "1201")]
    [InlineData("502-01", "1202")]
    [InlineData("601-01", "2201")]
    [InlineData("602-01", "1102")]
    [InlineData("701-01", "5201")]
    [InlineData("802-01", "5105")]
    public void ExpenditureDebitAccount_WhenStatisticalItem_ChoosesTheAccountOfItsBudgetItem(string item, string account) =>
        Assert.Equal(account, ExpenditureDebitAccount.For(StatisticalItem.Parse(item)).Code);

    [Fact]
    public void EntryFor_WhenResolution_DebitsTheExpenseAndCreditsPayables()
    {
        var entry = PostingRules.EntryFor(new ExpenditureResolved(OfficeSupplies, Id("r1"), Id("c1"), 55_000), Day)!;
        Assert.Equal([JournalLine.Debit(ChartOfAccounts.OperatingExpense, 55_000), JournalLine.Credit(ChartOfAccounts.Payables, 55_000)], entry.Lines.ToArray());
        Assert.Equal(Id("r1"), entry.Id);
        Assert.Equal(OfficeSupplies, entry.BudgetLine);
        Assert.Equal(Day, entry.Date);
    }

    [Fact]
    public void EntryFor_WhenResolutionOnFacilities_DebitsConstructionInProgressNotAnExpense() =>
        Assert.Equal(ChartOfAccounts.ConstructionInProgress, PostingRules.EntryFor(new ExpenditureResolved(Facilities, Id("r1"), Id("c1"), 1), Day)!.Lines[0].Account);

    [Fact]
    public void EntryFor_WhenPayment_DebitsPayablesAndCreditsCash() =>
        Assert.Equal([JournalLine.Debit(ChartOfAccounts.Payables, 55_000), JournalLine.Credit(ChartOfAccounts.Cash, 55_000)],
            PostingRules.EntryFor(new PaymentMade(OfficeSupplies, Id("p1"), Id("r1"), 55_000), Day)!.Lines.ToArray());

    [Fact]
    public void EntryFor_WhenRefund_CreditsTheAccountTheResolutionDebited()
    {
        var refund = PostingRules.EntryFor(new ExpenditureRefunded(Facilities, Id("f1"), Id("p1"), Id("r1"), Id("c1"), 9_000), Day)!;
        Assert.Equal([JournalLine.Debit(ChartOfAccounts.Cash, 9_000), JournalLine.Credit(ChartOfAccounts.ConstructionInProgress, 9_000)], refund.Lines.ToArray());
    }

    public static TheoryData<ExecutionEvent> BudgetSideEvents() =>
    [
        new BudgetAdjusted(OfficeSupplies, Id("b"), 1),
        new AllotmentAdjusted(OfficeSupplies, Id("a"), 1),
        new CommitmentPended(OfficeSupplies, Id("c1"), 1),
        new CommitmentPosted(OfficeSupplies, Id("post"), Id("c1"), 1, 0),
        new CommitmentVoided(OfficeSupplies, Id("void"), Id("c1"), 1),
        new CommitmentReduced(OfficeSupplies, Id("reduce"), Id("c1"), 1),
    ];

    [Theory]
    [MemberData(nameof(BudgetSideEvents))]
    public void EntryFor_WhenBudgetOrCommitmentEvent_PostsNothing(ExecutionEvent budgetSide) => Assert.Null(PostingRules.EntryFor(budgetSide, Day));

    [Theory]
    [InlineData("111-01", "4101")]
    [InlineData("221-01", "4102")]
    [InlineData("311-01", "4201")]
    [InlineData("411-01", "4202")]
    [InlineData("511-01", "4203")]
    [InlineData("611-01", "2201")]
    [InlineData("721-01", "4301")]
    public void EntryFor_WhenReceipt_DebitsCashAndCreditsTheChaptersAccount(string code, string account)
    {
        var entry = PostingRules.EntryFor(new RevenueReceipt(Id("rcpt-1"), FiscalAccount.General, RevenueCode.Parse(code), 120_000, Day));
        Assert.Equal(ChartOfAccounts.Cash, entry.Lines[0].Account);
        Assert.Equal(account, entry.Lines[1].Account.Code);
        Assert.Null(entry.BudgetLine);
    }
}
