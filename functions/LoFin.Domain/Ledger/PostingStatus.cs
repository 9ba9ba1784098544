namespace LoFin.Domain.Ledger;

/// <summary>What <see cref="GeneralLedger.Post"/> did with an entry.</summary>
public enum PostingStatus
{
    /// <summary>Recorded now.</summary>
    Posted = 1,

    /// <summary>
    /// The same entry was recorded before; nothing changed (an at-least-once message came twice).
    /// </summary>
    AlreadyPosted,

    /// <summary>Another entry with this id was recorded before; nothing changed (409).</summary>
    ExistsWithDifferentContent,

    /// <summary>The entry belongs to another 회계's books; nothing changed.</summary>
    WrongFiscalAccount,
}
