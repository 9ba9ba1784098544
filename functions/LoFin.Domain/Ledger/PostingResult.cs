namespace LoFin.Domain.Ledger;

/// <summary>
/// The outcome of posting one entry; <see cref="Problem"/> says why in Korean when nothing was
/// recorded.
/// </summary>
public readonly record struct PostingResult(PostingStatus Status, JournalEntry Entry, string? Problem)
{
    public bool IsPosted => Status == PostingStatus.Posted;
}
