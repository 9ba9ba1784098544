namespace LoFin.Application.Payments.Bank;

/// <summary>A batch's transfers as they stand, with counts, so one call finds every result whose webhook was lost.</summary>
/// <param name="Pending">Accepted and not settled yet.</param>
public sealed record TransferBatchStatus(
    string BatchId,
    DateTimeOffset ReceivedAt,
    int Pending,
    int Succeeded,
    int Failed,
    int Rejected,
    IReadOnlyList<TransferBatchItem> Transfers);
