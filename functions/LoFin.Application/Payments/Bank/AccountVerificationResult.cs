namespace LoFin.Application.Payments.Bank;

/// <summary>The bank's answer to 예금주 조회, with its response code.</summary>
public enum AccountVerificationResult
{
    /// <summary>000: open, and the name matches (ignoring spaces, Latin case and the legal form).</summary>
    Match,

    /// <summary>815: 예금주 불일치.</summary>
    Mismatch,

    /// <summary>412: 해당 계좌 없음.</summary>
    AccountNotFound,

    /// <summary>415: 해지 계좌.</summary>
    AccountClosed,
}
