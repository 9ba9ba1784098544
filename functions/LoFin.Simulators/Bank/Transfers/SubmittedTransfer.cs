namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// One transfer of a batch request exactly as sent, before any check: kept with the batch so a
/// repeated batch id can be compared with what was first sent.
/// </summary>
public sealed record SubmittedTransfer(
    string? TransferId,
    string? FromAccountNumber,
    string? ToBankCode,
    string? ToAccountNumber,
    string? ToHolderName,
    long? AmountWon,
    string? Memo);
