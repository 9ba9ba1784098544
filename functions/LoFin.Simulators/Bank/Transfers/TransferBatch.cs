namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// A batch as received. Registered under its id before its transfers are looked at, so the same
/// batch sent twice at once is handled once: the second request waits for the first's receipt.
/// </summary>
public sealed class TransferBatch(string batchId, byte[] fingerprint, int count, DateTimeOffset receivedAt)
{
    private readonly TaskCompletionSource<BatchReceipt?> _receipt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string BatchId { get; } = batchId;

    /// <summary>How many transfers the batch holds.</summary>
    public int Count { get; } = count;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>The receipt, or null if the batch was turned away for lack of room (and forgotten).</summary>
    public Task<BatchReceipt?> Receipt => _receipt.Task;

    public bool HasSameContent(byte[] otherFingerprint) => fingerprint.AsSpan().SequenceEqual(otherFingerprint);

    public void Complete(BatchReceipt? receipt) => _receipt.SetResult(receipt);
}
