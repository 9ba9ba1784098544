namespace LoFin.Application.Payments.Bank;

/// <summary>What came of asking the bank for a batch.</summary>
public abstract record TransferBatchLookup
{
    private TransferBatchLookup()
    {
    }

    public sealed record Found(TransferBatchStatus Batch) : TransferBatchLookup;

    /// <summary>404: the bank never received this batch id (or refused it whole): sending it again is safe.</summary>
    public sealed record NeverReceived(string BatchId) : TransferBatchLookup;

    public sealed record Unavailable(BankFailure Failure) : TransferBatchLookup;
}
