namespace LoFin.Application.Payments.Bank;

/// <summary>What came of asking for a virtual account.</summary>
public abstract record VirtualAccountOpeningOutcome
{
    private VirtualAccountOpeningOutcome()
    {
    }

    /// <summary>201 (new) or 200 (the same request again: <paramref name="Replayed"/>), with the account.</summary>
    public sealed record Opened(VirtualAccount Account, bool Replayed) : VirtualAccountOpeningOutcome;

    /// <summary>409 <c>REFERENCE_ID_REUSED</c>: another account was opened under this reference id with other content.</summary>
    public sealed record ReferenceIdReused(BankRefusal Refusal) : VirtualAccountOpeningOutcome;

    /// <summary>503 <c>BANK_CAPACITY</c>.</summary>
    public sealed record CapacityExhausted(BankRefusal Refusal) : VirtualAccountOpeningOutcome;

    /// <summary>400: e.g. the collecting account is not a government account, the expiry is past or too far.</summary>
    public sealed record Invalid(BankFieldErrors Errors) : VirtualAccountOpeningOutcome;

    public sealed record Unavailable(BankFailure Failure) : VirtualAccountOpeningOutcome;
}
