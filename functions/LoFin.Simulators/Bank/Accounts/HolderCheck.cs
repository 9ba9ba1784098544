namespace LoFin.Simulators.Bank.Accounts;

/// <summary>What the bank finds when it looks up an account for a payee's name: the same answer for 예금주 조회 and at settlement.</summary>
public enum HolderCheck
{
    Match,
    Mismatch,
    AccountNotFound,
    AccountClosed,
}
