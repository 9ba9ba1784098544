using LoFin.Application.Payments.Bank;

namespace LoFin.Application.Payments.Payees;

/// <summary>What came of a 예금주 조회 asked by an official.</summary>
public abstract record PayeeVerificationOutcome
{
    private PayeeVerificationOutcome()
    {
    }

    /// <summary>The bank answered (any result, Mismatch included) and the answer was recorded.</summary>
    public sealed record Verified(PayeeVerificationRecord Record) : PayeeVerificationOutcome;

    /// <summary>The input breaks <see cref="PayeeAccountRules"/>, or the bank could not read it (e.g. an unknown bank code).</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : PayeeVerificationOutcome;

    /// <summary>The bank gave no answer; nothing was recorded.</summary>
    public sealed record BankUnavailable(BankFailure Failure) : PayeeVerificationOutcome;
}
