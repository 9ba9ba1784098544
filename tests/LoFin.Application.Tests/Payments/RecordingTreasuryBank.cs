using LoFin.Application.Payments.Bank;

namespace LoFin.Application.Tests.Payments;

/// <summary>
/// A bank for the pipeline's unit tests that keeps the real bank's promises (docs/simulators/
/// treasury-bank.md): a batch id answers with its first answer, a transfer id is accepted once,
/// results are final. Results are released by <see cref="Settle"/> so each test decides what the
/// webhooks deliver and what is lost. The HTTP adapter is tested against the real simulator.
/// </summary>
internal sealed class RecordingTreasuryBank : ITreasuryBank
{
    private readonly Dictionary<string, TransferBatchReceipt> _batches = [];
    private readonly Dictionary<string, (TransferInstruction Instruction, string BatchId, TransferResult? Result)> _transfers = [];
    private readonly TimeProvider _clock;

    public RecordingTreasuryBank(TimeProvider clock) => _clock = clock;

    /// <summary>Accounts whose transfers fail with 412 해당 계좌 없음.</summary>
    public HashSet<string> ClosedAccounts { get; } = [];

    public bool Unavailable { get; set; }

    public int BatchSubmissions { get; private set; }

    public int TransfersAccepted => _transfers.Count;

    public Task<TransferBatchOutcome> SubmitTransferBatchAsync(TransferBatchRequest request, CancellationToken cancellationToken = default)
    {
        BatchSubmissions++;
        if (Unavailable)
        {
            return Task.FromResult<TransferBatchOutcome>(new TransferBatchOutcome.Unavailable(new BankFailure(BankFailureKind.Transport, null, "down", 3)));
        }
        if (_batches.TryGetValue(request.BatchId, out var known))
        {
            return Task.FromResult<TransferBatchOutcome>(new TransferBatchOutcome.Received(known));
        }
        var acceptances = new List<TransferAcceptance>();
        foreach (var transfer in request.Transfers)
        {
            if (_transfers.TryGetValue(transfer.TransferId, out var existing))
            {
                acceptances.Add(new TransferAcceptance(transfer.TransferId, TransferAcceptanceStatus.AlreadyAccepted, existing.BatchId, BankTransferStatus.Accepted));
                continue;
            }
            _transfers[transfer.TransferId] = (transfer, request.BatchId, null);
            acceptances.Add(new TransferAcceptance(transfer.TransferId, TransferAcceptanceStatus.Accepted, request.BatchId, BankTransferStatus.Accepted));
        }
        var receipt = new TransferBatchReceipt(request.BatchId, _clock.GetUtcNow(), acceptances.Count(a => a.Status == TransferAcceptanceStatus.Accepted),
            acceptances.Count(a => a.Status == TransferAcceptanceStatus.AlreadyAccepted), 0, acceptances);
        _batches[request.BatchId] = receipt;
        return Task.FromResult<TransferBatchOutcome>(new TransferBatchOutcome.Received(receipt));
    }

    /// <summary>Settles every accepted transfer not settled yet and returns their results (what the webhooks would carry).</summary>
    public IReadOnlyList<TransferResult> Settle()
    {
        var settled = new List<TransferResult>();
        foreach (var (id, entry) in _transfers.Where(t => t.Value.Result is null).ToList())
        {
            var closed = ClosedAccounts.Contains(entry.Instruction.ToAccountNumber);
            var result = new TransferResult(id, closed ? TransferResultStatus.Failed : TransferResultStatus.Succeeded, entry.Instruction.AmountWon,
                closed ? "412" : "000", closed ? "해당 계좌 없음" : "정상 처리", closed ? null : "TX" + id, _clock.GetUtcNow());
            _transfers[id] = entry with { Result = result };
            settled.Add(result);
        }
        return settled;
    }

    public Task<TransferBatchLookup> GetTransferBatchAsync(string batchId, CancellationToken cancellationToken = default)
    {
        if (!_batches.TryGetValue(batchId, out var receipt))
        {
            return Task.FromResult<TransferBatchLookup>(new TransferBatchLookup.NeverReceived(batchId));
        }
        var items = _transfers.Where(t => t.Value.BatchId == batchId).Select(t => new TransferBatchItem(t.Key, TransferAcceptanceStatus.Accepted,
            new BankTransfer(t.Key, batchId, t.Value.Result is null ? BankTransferStatus.Accepted
                : t.Value.Result.Status == TransferResultStatus.Succeeded ? BankTransferStatus.Succeeded : BankTransferStatus.Failed,
                t.Value.Instruction.AmountWon, t.Value.Instruction.FromAccountNumber, t.Value.Instruction.ToBankCode, "****", "*",
                t.Value.Result?.ResponseCode, t.Value.Result?.ResponseMessage, t.Value.Result?.BankTransactionId, receipt.ReceivedAt, t.Value.Result?.SettledAt),
            null, null)).ToList();
        return Task.FromResult<TransferBatchLookup>(new TransferBatchLookup.Found(new TransferBatchStatus(batchId, receipt.ReceivedAt,
            items.Count(i => i.Transfer!.Status == BankTransferStatus.Accepted), items.Count(i => i.Transfer!.Status == BankTransferStatus.Succeeded),
            items.Count(i => i.Transfer!.Status == BankTransferStatus.Failed), 0, items)));
    }

    public Task<AccountVerificationOutcome> VerifyAccountAsync(AccountVerificationRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by the payment pipeline.");

    public Task<TransferLookup> GetTransferAsync(string transferId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by the payment pipeline.");

    public Task<VirtualAccountOpeningOutcome> OpenVirtualAccountAsync(VirtualAccountOpeningRequest request, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by the payment pipeline.");

    public Task<VirtualAccountLookup> GetVirtualAccountAsync(string virtualAccountNumber, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by the payment pipeline.");

    public Task<VirtualAccountLookup> GetVirtualAccountByReferenceAsync(string referenceId, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Not used by the payment pipeline.");
}
