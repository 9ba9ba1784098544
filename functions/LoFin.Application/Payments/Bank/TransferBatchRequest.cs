namespace LoFin.Application.Payments.Bank;

/// <summary>일괄 이체: at most 1,000 transfers (the bank's <c>MaxTransfersPerBatch</c>) under one app-made batch id.</summary>
public sealed record TransferBatchRequest(string BatchId, IReadOnlyList<TransferInstruction> Transfers);
