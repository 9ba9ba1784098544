using LoFin.Application.Payments;

namespace LoFin.Functions.Http.Execution;

/// <summary>A payee as answers show it: the account number masked (only the register holds it whole).</summary>
public sealed record PayeeView(string BankCode, string AccountNumberMasked, string HolderName)
{
    public static PayeeView From(Payee payee) => new(payee.BankCode, payee.AccountNumberMasked, payee.HolderName);
}
