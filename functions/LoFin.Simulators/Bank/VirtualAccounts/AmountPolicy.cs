namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>What a virtual account accepts, chosen when it is issued.</summary>
public enum AmountPolicy
{
    /// <summary>Only the whole amount still due, in one deposit (the usual 고지서 virtual account): any other amount is refused.</summary>
    Exact,

    /// <summary>Any amount up to what is still due (분할 납부); the account closes when it is paid in full. More than is due is refused.</summary>
    AllowPartial,
}
