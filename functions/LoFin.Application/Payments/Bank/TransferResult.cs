namespace LoFin.Application.Payments.Bank;

/// <summary>One transfer's final result as the bank reported it.</summary>
/// <param name="ResponseCode">000 success; 412 no account, 415 closed, 815 name mismatch, 531 over limit, 532 balance short, 499/999 bank-side failure.</param>
/// <param name="BankTransactionId">The bank's id for the movement; may be absent on a failure.</param>
public sealed record TransferResult(
    string TransferId,
    TransferResultStatus Status,
    long AmountWon,
    string ResponseCode,
    string ResponseMessage,
    string? BankTransactionId,
    DateTimeOffset SettledAt);
