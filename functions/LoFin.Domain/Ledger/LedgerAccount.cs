namespace LoFin.Domain.Ledger;

/// <summary>
/// An account of the chart (계정과목). Instances exist only in <see cref="ChartOfAccounts"/>, so
/// reference equality is account equality, and <see cref="Index"/> is a slot in the general
/// ledger's balance arrays: posting adds to an array element, no dictionary lookup.
/// </summary>
public sealed class LedgerAccount
{
    internal LedgerAccount(string code, string name, int index)
    {
        Code = code;
        Name = name;
        Index = index;
        Class = (AccountClass)(code[0] - '0');
    }

    /// <summary>Four digits; the first is the <see cref="AccountClass"/>.</summary>
    public string Code { get; }

    public string Name { get; }

    public AccountClass Class { get; }

    /// <summary>
    /// The side on which the account's balance is normally kept: debit for assets and expenses.
    /// </summary>
    public EntrySide NormalSide => Class is AccountClass.Asset or AccountClass.Expense ? EntrySide.Debit : EntrySide.Credit;

    internal int Index { get; }

    public override string ToString() => $"{Code} {Name}";
}
