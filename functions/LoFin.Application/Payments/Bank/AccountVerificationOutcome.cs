namespace LoFin.Application.Payments.Bank;

/// <summary>What came of a 예금주 조회 call.</summary>
public abstract record AccountVerificationOutcome
{
    private AccountVerificationOutcome()
    {
    }

    /// <summary>200: the bank answered (Match, Mismatch, AccountNotFound or AccountClosed).</summary>
    public sealed record Verified(AccountVerification Verification) : AccountVerificationOutcome;

    /// <summary>400: the bank could not read the question (unknown bank code, malformed number or name).</summary>
    public sealed record Invalid(BankFieldErrors Errors) : AccountVerificationOutcome;

    public sealed record Unavailable(BankFailure Failure) : AccountVerificationOutcome;
}
