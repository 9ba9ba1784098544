namespace LoFin.Simulators.Bank.Transfers;

/// <param name="BatchId">The batch that owns the transfer: for <see cref="AcceptanceStatus.AlreadyAccepted"/>, the one that first brought it.</param>
/// <param name="TransferStatus">Where the transfer stood when this answer was made; null when rejected.</param>
/// <param name="ReasonCode">Why it was rejected, e.g. <c>INVALID_ACCOUNT_NUMBER</c>.</param>
/// <param name="Field">The field at fault, as named in the request.</param>
public sealed record TransferAcceptance(
    string TransferId,
    AcceptanceStatus Status,
    string BatchId,
    TransferStatus? TransferStatus,
    string? ReasonCode = null,
    string? ReasonMessage = null,
    string? Field = null);
