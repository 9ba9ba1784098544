namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// A batch as received. Registered under its id before its transfers are looked at, so the same
/// batch sent twice at once is handled once: the second request waits for the first's receipt.
/// </summary>
public sealed class TransferBatch(string batchId, IReadOnlyList<SubmittedTransfer> content, DateTimeOffset receivedAt)
{
    private readonly TaskCompletionSource<BatchReceipt?> _receipt = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public string BatchId { get; } = batchId;

    public IReadOnlyList<SubmittedTransfer> Content { get; } = content;

    public DateTimeOffset ReceivedAt { get; } = receivedAt;

    /// <summary>The receipt, or null if the batch was turned away for lack of room (and forgotten).</summary>
    public Task<BatchReceipt?> Receipt => _receipt.Task;

    public bool HasSameContent(IReadOnlyList<SubmittedTransfer> other) => Content.SequenceEqual(other);

    public void Complete(BatchReceipt? receipt) => _receipt.SetResult(receipt);
}
