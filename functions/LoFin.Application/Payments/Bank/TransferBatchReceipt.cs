namespace LoFin.Application.Payments.Bank;

/// <summary>The bank's 202 to a batch: every transfer's fate, in the request's order.</summary>
public sealed record TransferBatchReceipt(
    string BatchId,
    DateTimeOffset ReceivedAt,
    int AcceptedCount,
    int AlreadyAcceptedCount,
    int RejectedCount,
    IReadOnlyList<TransferAcceptance> Transfers);
