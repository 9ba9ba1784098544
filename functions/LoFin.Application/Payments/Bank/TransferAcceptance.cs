namespace LoFin.Application.Payments.Bank;

/// <summary>One transfer's fate in the bank's answer to a batch.</summary>
/// <param name="BatchId">The batch that owns the transfer: for <see cref="TransferAcceptanceStatus.AlreadyAccepted"/>, the one that first brought it.</param>
/// <param name="TransferStatus">Where the transfer stood when the bank answered; null when rejected.</param>
/// <param name="ReasonCode">When rejected: <c>FROM_ACCOUNT_UNKNOWN</c>, <c>INVALID_BANK_CODE</c>, <c>INVALID_ACCOUNT_NUMBER</c>,
/// <c>INVALID_HOLDER_NAME</c>, <c>INVALID_AMOUNT</c>, <c>INVALID_MEMO</c> or <c>TRANSFER_ID_REUSED</c>.</param>
/// <param name="Field">The field at fault as the request names it, e.g. <c>transfers[2].amountWon</c>.</param>
public sealed record TransferAcceptance(
    string TransferId,
    TransferAcceptanceStatus Status,
    string BatchId,
    BankTransferStatus? TransferStatus,
    string? ReasonCode = null,
    string? ReasonMessage = null,
    string? Field = null);
