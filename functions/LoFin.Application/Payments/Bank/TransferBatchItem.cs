namespace LoFin.Application.Payments.Bank;

/// <summary>One transfer of a batch in the batch status.</summary>
/// <param name="Transfer">Where it stands now; null when it was rejected. For a transfer the batch repeated from another, the original (its batch id says which).</param>
public sealed record TransferBatchItem(
    string TransferId,
    TransferAcceptanceStatus Acceptance,
    BankTransfer? Transfer,
    string? ReasonCode,
    string? ReasonMessage);
