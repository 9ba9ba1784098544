namespace LoFin.Application.Payments.Bank;

/// <summary>One transfer of a batch, in full (the app knows the payee's account; answers come back masked).</summary>
/// <param name="TransferId">Made by the app, saved before sending, tenant-prefixed (<see cref="BankReferenceIds"/>).</param>
/// <param name="FromAccountNumber">The government's 회계 account at the treasury bank, e.g. <c>110001000001</c>.</param>
/// <param name="Memo">입금 인자 내역, at most 20 characters: what the payee's passbook shows.</param>
public sealed record TransferInstruction(
    string TransferId,
    string FromAccountNumber,
    string ToBankCode,
    string ToAccountNumber,
    string ToHolderName,
    long AmountWon,
    string? Memo);
