using LoFin.Domain.Ledger;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// The accrual journal entry (복식부기) an operation posted, kept on the operation's log
/// document so that the entry and the budget change it belongs to are written together or not
/// at all. The entry's id is the operation's id.
/// </summary>
public sealed record StoredJournalEntry(string FiscalAccountCode, DateOnly AccountingDate, IReadOnlyList<StoredJournalLine> Lines)
{
    public static StoredJournalEntry From(JournalEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        var lines = new StoredJournalLine[entry.Lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            var line = entry.Lines[i];
            lines[i] = new StoredJournalLine(line.Account.Code, line.Side, line.AmountWon);
        }
        return new StoredJournalEntry(entry.Account.ToString(), entry.Date, lines);
    }
}
