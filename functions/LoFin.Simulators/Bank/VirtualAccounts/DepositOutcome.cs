namespace LoFin.Simulators.Bank.VirtualAccounts;

public enum DepositOutcome
{
    Accepted,

    /// <summary>The same deposit id and content again: the original deposit, no second credit.</summary>
    Replayed,

    /// <summary>The deposit id was used for a different deposit.</summary>
    DepositIdReused,

    VirtualAccountNotFound,

    /// <summary>The bank turned the money away (expired, paid, wrong amount); nothing is credited or remembered.</summary>
    Refused,

    OverCapacity,
}
