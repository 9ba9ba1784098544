namespace LoFin.Application.Budget.Execution;

/// <summary>Debits and credits one budget line has posted to one ledger account.</summary>
public sealed record LedgerAccountTotal(string LedgerAccountCode, long DebitWon, long CreditWon);
