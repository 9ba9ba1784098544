namespace LoFin.Simulators.Bank.Accounts;

/// <summary>
/// An account as the interbank network names it: the 3-digit standard bank code (금융결제원
/// 표준코드) and the account number's digits, without hyphens.
/// </summary>
public readonly record struct AccountKey(string BankCode, string AccountNumber)
{
    public override string ToString() => $"{BankCode}-{AccountNumber}";
}
