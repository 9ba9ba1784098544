namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// A transfer the bank has accepted, remembered under its client-made id for as long as the
/// bank runs. Its result is published once, by the settlement, and read by status queries on
/// other threads.
/// </summary>
public sealed class TransferRecord(string transferId, string batchId, TransferInstruction instruction, DateTimeOffset acceptedAt)
{
    private TransferResult? _result;

    public string TransferId { get; } = transferId;

    /// <summary>The batch that first brought this transfer; a later batch repeating it does not own it.</summary>
    public string BatchId { get; } = batchId;

    public TransferInstruction Instruction { get; } = instruction;

    public DateTimeOffset AcceptedAt { get; } = acceptedAt;

    public TransferResult? Result => Volatile.Read(ref _result);

    public TransferStatus Status => Result switch
    {
        null => TransferStatus.Accepted,
        { Succeeded: true } => TransferStatus.Succeeded,
        _ => TransferStatus.Failed,
    };

    public void Settle(TransferResult result)
    {
        if (Interlocked.CompareExchange(ref _result, result, null) is not null)
        {
            throw new InvalidOperationException($"Transfer {TransferId} is already settled; a transfer is settled once.");
        }
    }
}
