using LoFin.Domain.Ledger;

namespace LoFin.Application.Budget.Execution;

/// <summary>One debit or credit of a stored journal entry, by the ledger account's code.</summary>
public sealed record StoredJournalLine(string LedgerAccountCode, EntrySide Side, long AmountWon);
