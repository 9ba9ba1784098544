namespace LoFin.Simulators.Bank.VirtualAccounts;

public enum VirtualAccountStatus
{
    /// <summary>Nothing paid yet, before the expiry.</summary>
    Open,

    /// <summary>Part paid (only with <see cref="AmountPolicy.AllowPartial"/>), before the expiry.</summary>
    PartiallyPaid,

    /// <summary>Paid in full; further deposits are refused.</summary>
    Paid,

    /// <summary>Past the expiry and not paid in full; further deposits are refused.</summary>
    Expired,
}
