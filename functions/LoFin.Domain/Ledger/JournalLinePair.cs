using System.Runtime.CompilerServices;

namespace LoFin.Domain.Ledger;

/// <summary>
/// Two journal lines stored inside the entry: the posting rules' entries are all one debit and one
/// credit, so they need no array of their own.
/// </summary>
[InlineArray(2)]
internal struct JournalLinePair
{
    private JournalLine _line;
}
