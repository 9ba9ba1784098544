namespace LoFin.Domain.Ledger;

/// <summary>
/// The five classes of the 지방회계기준: 재정상태표 (자산, 부채, 순자산) and 재정운영표 (수익, 비용).
/// The first digit of an account code.
/// </summary>
public enum AccountClass
{
    /// <summary>자산: debit-normal.</summary>
    Asset = 1,

    /// <summary>부채: credit-normal.</summary>
    Liability = 2,

    /// <summary>순자산: credit-normal.</summary>
    NetAssets = 3,

    /// <summary>수익: credit-normal.</summary>
    Revenue = 4,

    /// <summary>비용: debit-normal.</summary>
    Expense = 5,
}
