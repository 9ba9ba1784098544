namespace LoFin.Simulators.Bank.Accounts;

public enum AccountStatus
{
    Active,

    /// <summary>해지 계좌: verification says so and transfers to it fail with 415.</summary>
    Closed,
}
