namespace LoFin.Simulators.Bank.Transfers;

/// <summary>The outcome of a batch request, with the receipt when there is one.</summary>
public sealed record BatchSubmission(BatchSubmissionOutcome Outcome, BatchReceipt? Receipt);
