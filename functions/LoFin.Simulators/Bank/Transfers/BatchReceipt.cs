namespace LoFin.Simulators.Bank.Transfers;

/// <summary>The bank's answer to a batch, kept so the same batch sent again gets the same answer.</summary>
public sealed record BatchReceipt(
    string BatchId,
    DateTimeOffset ReceivedAt,
    int AcceptedCount,
    int AlreadyAcceptedCount,
    int RejectedCount,
    IReadOnlyList<TransferAcceptance> Transfers);
