using LoFin.Application.Payments.Payees;

namespace LoFin.Application.Execution.Resolutions;

/// <summary>What drafting a 지출결의 did.</summary>
public abstract record ResolutionDraftOutcome
{
    private ResolutionDraftOutcome()
    {
    }

    /// <param name="Created">False when this resolution id was drafted before (a retry): the first draft is returned.</param>
    public sealed record Drafted(ResolutionDocument Resolution, bool Created) : ResolutionDraftOutcome;

    /// <summary>A field is wrong; nothing was written. Keys are field names.</summary>
    public sealed record Invalid(IReadOnlyDictionary<string, string[]> Errors) : ResolutionDraftOutcome;

    /// <summary>The commitment does not allow it (missing, not approved, not enough left).</summary>
    public sealed record Refused(string Message) : ResolutionDraftOutcome;

    /// <summary>The bank says the account is not the named holder's, or does not exist: the payment is blocked.</summary>
    public sealed record PayeeNotConfirmed(PayeeVerificationRecord Verification) : ResolutionDraftOutcome;

    public sealed record BankUnavailable(string Message) : ResolutionDraftOutcome;
}
