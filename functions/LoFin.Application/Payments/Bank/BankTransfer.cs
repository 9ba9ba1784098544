namespace LoFin.Application.Payments.Bank;

/// <summary>
/// A transfer as the bank's status query and result webhooks show it. The payee's account and name
/// come back masked; the app matches by <see cref="TransferId"/>.
/// </summary>
/// <param name="ResponseCode">Null until settled; <c>000</c> when the money moved.</param>
/// <param name="BankTransactionId">The bank's id for the movement; null until settled.</param>
public sealed record BankTransfer(
    string TransferId,
    string BatchId,
    BankTransferStatus Status,
    long AmountWon,
    string FromAccountNumber,
    string ToBankCode,
    string ToAccountNumberMasked,
    string ToHolderNameMasked,
    string? ResponseCode,
    string? ResponseMessage,
    string? BankTransactionId,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? SettledAt);
