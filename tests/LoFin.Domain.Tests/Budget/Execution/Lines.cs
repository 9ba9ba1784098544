using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>Budget lines and ids the execution tests share.</summary>
internal static class Lines
{
    /// <summary>사무관리비 of an office programme in 2026's 일반회계.</summary>
    public static readonly BudgetLineKey OfficeSupplies = BudgetLineKey.Parse("2026/100/6110000/D-0001/201-01");

    /// <summary>시설비 of a construction programme: capitalised, not expensed.</summary>
    public static readonly BudgetLineKey Facilities = BudgetLineKey.Parse("2026/100/6110000/D-0002/401-01");

    /// <summary>
    /// Lines whose 통계목 post to every kind of account: an expense (물건비, 인건비, 이전비용), an
    /// asset under construction (시설비) and a liability repaid (차입금상환, debit-side on a
    /// credit-normal account).
    /// </summary>
    public static readonly BudgetLineKey[] Varied =
    [
        OfficeSupplies,
        Facilities,
        BudgetLineKey.Parse("2026/100/6110000/D-0003/101-04"),
        BudgetLineKey.Parse("2026/100/6110000/D-0004/307-02"),
        BudgetLineKey.Parse("2026/100/6110000/D-0005/601-01"),
    ];

    public static OperationId Id(string value) => OperationId.Parse(value);

    /// <summary>A ledger with <paramref name="budgetWon"/> budgeted and <paramref name="allottedWon"/> allotted.</summary>
    public static BudgetLineLedger Funded(long budgetWon, long allottedWon, BudgetLineKey? line = null)
    {
        var ledger = new BudgetLineLedger(line ?? OfficeSupplies);
        Assert.True(ledger.AdjustBudget(Id("budget"), budgetWon).IsApplied);
        if (allottedWon > 0)
        {
            Assert.True(ledger.AdjustAllotment(Id("allot"), allottedWon).IsApplied);
        }
        return ledger;
    }

    /// <summary>A ledger with one posted commitment "c1" of <paramref name="committedWon"/>.</summary>
    public static BudgetLineLedger Committed(long committedWon)
    {
        var ledger = Funded(committedWon * 2, committedWon * 2);
        Assert.True(ledger.Commit(Id("c1"), committedWon).IsApplied);
        Assert.True(ledger.PostCommitment(Id("c1-post"), Id("c1"), committedWon).IsApplied);
        return ledger;
    }

    /// <summary>A ledger with commitment "c1", resolution "r1" and payment "p1" of the same amount.</summary>
    public static BudgetLineLedger Paid(long amountWon)
    {
        var ledger = Committed(amountWon);
        Assert.True(ledger.Resolve(Id("r1"), Id("c1"), amountWon).IsApplied);
        Assert.True(ledger.Pay(Id("p1"), Id("r1"), amountWon).IsApplied);
        return ledger;
    }
}
