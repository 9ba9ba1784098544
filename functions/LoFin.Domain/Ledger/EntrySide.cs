namespace LoFin.Domain.Ledger;

/// <summary>차변 or 대변.</summary>
public enum EntrySide
{
    /// <summary>차변.</summary>
    Debit = 1,

    /// <summary>대변.</summary>
    Credit = 2,
}
