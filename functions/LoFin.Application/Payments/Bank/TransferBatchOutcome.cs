namespace LoFin.Application.Payments.Bank;

/// <summary>What came of sending a transfer batch.</summary>
public abstract record TransferBatchOutcome
{
    private TransferBatchOutcome()
    {
    }

    /// <summary>202: each transfer Accepted, AlreadyAccepted or Rejected (the receipt says which). Also the answer to the same batch sent again.</summary>
    public sealed record Received(TransferBatchReceipt Receipt) : TransferBatchOutcome;

    /// <summary>409 <c>BATCH_ID_REUSED</c>: the batch id was used for other content; the original batch stands, nothing of this one was kept.</summary>
    public sealed record BatchIdReused(BankRefusal Refusal) : TransferBatchOutcome;

    /// <summary>503 <c>BANK_CAPACITY</c>: the bank takes no new work now; nothing of the batch was kept, so it can be sent later unchanged.</summary>
    public sealed record CapacityExhausted(BankRefusal Refusal) : TransferBatchOutcome;

    /// <summary>400: the bank could not read the batch (ids malformed or repeated, too many transfers); nothing was kept.</summary>
    public sealed record Invalid(BankFieldErrors Errors) : TransferBatchOutcome;

    /// <summary>No usable answer: the batch may or may not have been received. Send it again unchanged, or query it.</summary>
    public sealed record Unavailable(BankFailure Failure) : TransferBatchOutcome;
}
