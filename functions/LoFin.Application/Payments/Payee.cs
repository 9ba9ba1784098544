namespace LoFin.Application.Payments;

/// <summary>
/// Who receives a payment: the account as the government's register holds it. Only the
/// register holds the full number; answers mask it (<see cref="AccountNumberMasked"/>).
/// </summary>
public sealed record Payee(string BankCode, string AccountNumber, string HolderName)
{
    public string AccountNumberMasked => AccountNumber.Length <= 4 ? AccountNumber : new string('*', AccountNumber.Length - 4) + AccountNumber[^4..];
}
