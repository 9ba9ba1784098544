using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.Seed;

/// <summary>
/// A vendor's or subsidy recipient's account, with the name a government's register has for it.
/// Usually the two agree (sometimes spelled differently, which the bank still matches); for a few
/// the register is out of date, so a payment to them is refused with 815 until it is corrected.
/// </summary>
public sealed record DemoPayee(BankAccount Account, string RegisteredName)
{
    public bool RegisteredNameMatches => HolderName.Matches(Account.HolderName, RegisteredName);
}
