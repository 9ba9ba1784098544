using LoFin.Simulators.Bank.Transfers;

namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>The data of a <c>transfer.results</c> event: final results of some of one batch's transfers.</summary>
public sealed record TransferResultsData(string BatchId, IReadOnlyList<TransferView> Results);
