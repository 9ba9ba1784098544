using System.Collections.Concurrent;
using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Scheduling;

namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// The bank's memory of batches and transfers. A transfer id is taken once: the first batch that
/// brings it owns it; the same id with the same content later is acknowledged again and changes
/// nothing; the same id with other content is refused. Both collections are capped; when full,
/// new batches are turned away whole (503) rather than half-accepted.
/// </summary>
public sealed class TransferLedger(TreasuryBankOptions options, AccountDirectory accounts, TransferSettlement settlement, DueQueue due, BankStatistics statistics, TimeProvider time)
{
    private readonly ConcurrentDictionary<string, TransferRecord> _transfers = new(StringComparer.Ordinal);
    private readonly ConcurrentDictionary<string, TransferBatch> _batches = new(StringComparer.Ordinal);
    private long _transferSlots;
    private long _batchSlots;

    public TransferRecord? Find(string transferId) => _transfers.GetValueOrDefault(transferId);

    public TransferBatch? FindBatch(string batchId) => _batches.GetValueOrDefault(batchId);

    /// <param name="content">Checked for shape by the caller: ids present, well-formed and distinct within the batch.</param>
    public async Task<BatchSubmission> SubmitAsync(string batchId, IReadOnlyList<SubmittedTransfer> content)
    {
        var fingerprint = BatchFingerprint.Of(content);
        while (true)
        {
            if (_batches.TryGetValue(batchId, out var existing))
            {
                if (!existing.HasSameContent(fingerprint))
                {
                    return new BatchSubmission(BatchSubmissionOutcome.BatchIdReused, null);
                }
                var original = await existing.Receipt;
                if (original is null)
                {
                    // The first attempt was turned away for room and forgotten; this one tries afresh.
                    continue;
                }
                return new BatchSubmission(BatchSubmissionOutcome.Replayed, original);
            }

            if (Interlocked.Increment(ref _batchSlots) > options.MaxBatches)
            {
                Interlocked.Decrement(ref _batchSlots);
                return new BatchSubmission(BatchSubmissionOutcome.OverCapacity, null);
            }
            var batch = new TransferBatch(batchId, fingerprint, content.Count, time.GetUtcNow());
            if (!_batches.TryAdd(batchId, batch))
            {
                Interlocked.Decrement(ref _batchSlots);
                continue;
            }
            var receipt = Receive(batch, content);
            return receipt is null
                ? new BatchSubmission(BatchSubmissionOutcome.OverCapacity, null)
                : new BatchSubmission(BatchSubmissionOutcome.Received, receipt);
        }
    }

    private BatchReceipt? Receive(TransferBatch batch, IReadOnlyList<SubmittedTransfer> content)
    {
        var count = batch.Count;
        if (Interlocked.Add(ref _transferSlots, count) > options.MaxTransfers)
        {
            Interlocked.Add(ref _transferSlots, -count);
            _batches.TryRemove(batch.BatchId, out _);
            Interlocked.Decrement(ref _batchSlots);
            batch.Complete(null);
            return null;
        }

        statistics.BatchReceived();
        var acceptances = new TransferAcceptance[count];
        var fresh = new List<TransferRecord>(count);
        int already = 0, rejected = 0;
        for (var index = 0; index < count; index++)
        {
            var submitted = content[index];
            var transferId = submitted.TransferId!;
            if (TransferRules.Check(submitted, accounts) is { } rejection)
            {
                acceptances[index] = new TransferAcceptance(transferId, AcceptanceStatus.Rejected, batch.BatchId, null, rejection.Code, rejection.Message, $"transfers[{index}].{rejection.Field}");
                rejected++;
                continue;
            }

            var instruction = TransferRules.ToInstruction(submitted, accounts);
            var candidate = new TransferRecord(transferId, batch.BatchId, instruction, batch.ReceivedAt);
            var owner = _transfers.GetOrAdd(transferId, candidate);
            if (ReferenceEquals(owner, candidate))
            {
                acceptances[index] = new TransferAcceptance(transferId, AcceptanceStatus.Accepted, batch.BatchId, TransferStatus.Accepted);
                fresh.Add(candidate);
            }
            else if (owner.Instruction == instruction)
            {
                acceptances[index] = new TransferAcceptance(transferId, AcceptanceStatus.AlreadyAccepted, owner.BatchId, owner.Status);
                already++;
            }
            else
            {
                acceptances[index] = new TransferAcceptance(transferId, AcceptanceStatus.Rejected, batch.BatchId, null,
                    "TRANSFER_ID_REUSED", $"이체 id '{transferId}'는 다른 내용의 이체(배치 '{owner.BatchId}')에 이미 쓰였습니다.", $"transfers[{index}].transferId");
                rejected++;
            }
        }
        // Only new transfers are remembered; give back the room reserved for the rest.
        Interlocked.Add(ref _transferSlots, -(count - fresh.Count));
        statistics.TransfersAccepted(fresh.Count);
        statistics.TransfersAlreadyAccepted(already);
        statistics.TransfersRejected(rejected);

        var receipt = new BatchReceipt(batch.BatchId, batch.ReceivedAt, fresh.Count, already, rejected, acceptances);
        batch.Complete(receipt);
        if (fresh.Count > 0)
        {
            due.Schedule(TimeSpan.FromMilliseconds(options.SettlementDelayMs), () => settlement.Settle(batch.BatchId, fresh));
        }
        return receipt;
    }
}
