namespace LoFin.Application.Payments.Bank;

/// <summary>The data of a <c>transfer.results</c> event: final results of some transfers of one batch, in any order.</summary>
public sealed record TransferResultsEventData(string BatchId, IReadOnlyList<BankTransfer> Results);
