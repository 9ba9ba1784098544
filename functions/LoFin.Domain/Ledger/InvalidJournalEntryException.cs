namespace LoFin.Domain.Ledger;

/// <summary>
/// Someone tried to make an entry that breaks <see cref="JournalEntryMustBalance"/>. Posting
/// rules never do, so this is a bug in the caller, not a user error: it throws rather than
/// returning a refusal.
/// </summary>
public sealed class InvalidJournalEntryException : Exception
{
    public InvalidJournalEntryException()
        : base("분개가 올바르지 않습니다.")
    {
    }

    public InvalidJournalEntryException(string message)
        : base(message)
    {
    }

    public InvalidJournalEntryException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
