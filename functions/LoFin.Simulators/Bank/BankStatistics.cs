namespace LoFin.Simulators.Bank;

/// <summary>
/// Counters an operator (or a test waiting for the bank to go quiet) reads. Incremented with
/// Interlocked from every thread; a snapshot is not atomic across counters, which is fine for
/// counting.
/// </summary>
public sealed class BankStatistics
{
    private long _verifications;
    private long _batchesReceived;
    private long _transfersAccepted;
    private long _transfersRejected;
    private long _transfersAlreadyAccepted;
    private long _transfersSucceeded;
    private long _transfersFailed;
    private long _virtualAccountsIssued;
    private long _depositsAccepted;
    private long _depositsRefused;
    private long _eventsPublished;
    private long _eventsLost;
    private long _eventsDuplicated;
    private long _eventsReordered;
    private long _deliveriesPending;
    private long _deliveriesSucceeded;
    private long _deliveryAttemptsFailed;
    private long _deliveriesAbandoned;
    private long _deliveriesWithoutCallback;
    private long _deliveriesDroppedAtCapacity;

    public long DeliveriesPending => Interlocked.Read(ref _deliveriesPending);

    public void Verification() => Interlocked.Increment(ref _verifications);

    public void BatchReceived() => Interlocked.Increment(ref _batchesReceived);

    public void TransfersAccepted(int count) => Interlocked.Add(ref _transfersAccepted, count);

    public void TransfersRejected(int count) => Interlocked.Add(ref _transfersRejected, count);

    public void TransfersAlreadyAccepted(int count) => Interlocked.Add(ref _transfersAlreadyAccepted, count);

    public void TransferSettled(bool succeeded) => Interlocked.Increment(ref succeeded ? ref _transfersSucceeded : ref _transfersFailed);

    public void VirtualAccountIssued() => Interlocked.Increment(ref _virtualAccountsIssued);

    public void DepositAccepted() => Interlocked.Increment(ref _depositsAccepted);

    public void DepositRefused() => Interlocked.Increment(ref _depositsRefused);

    public void EventPublished() => Interlocked.Increment(ref _eventsPublished);

    public void EventLost() => Interlocked.Increment(ref _eventsLost);

    public void EventDuplicated() => Interlocked.Increment(ref _eventsDuplicated);

    public void EventReordered() => Interlocked.Increment(ref _eventsReordered);

    /// <summary>A delivery was queued; it stays pending through its retries until it succeeds or is given up.</summary>
    public void DeliveryQueued() => Interlocked.Increment(ref _deliveriesPending);

    public void DeliverySucceeded()
    {
        Interlocked.Increment(ref _deliveriesSucceeded);
        Interlocked.Decrement(ref _deliveriesPending);
    }

    public void DeliveryAttemptFailed() => Interlocked.Increment(ref _deliveryAttemptsFailed);

    public void DeliveryAbandoned()
    {
        Interlocked.Increment(ref _deliveriesAbandoned);
        Interlocked.Decrement(ref _deliveriesPending);
    }

    public void DeliveryWithoutCallback()
    {
        Interlocked.Increment(ref _deliveriesWithoutCallback);
        Interlocked.Decrement(ref _deliveriesPending);
    }

    public void DeliveryDroppedAtCapacity() => Interlocked.Increment(ref _deliveriesDroppedAtCapacity);

    public BankStatisticsSnapshot Snapshot() => new(
        Interlocked.Read(ref _verifications),
        Interlocked.Read(ref _batchesReceived),
        Interlocked.Read(ref _transfersAccepted),
        Interlocked.Read(ref _transfersRejected),
        Interlocked.Read(ref _transfersAlreadyAccepted),
        Interlocked.Read(ref _transfersSucceeded),
        Interlocked.Read(ref _transfersFailed),
        Interlocked.Read(ref _virtualAccountsIssued),
        Interlocked.Read(ref _depositsAccepted),
        Interlocked.Read(ref _depositsRefused),
        Interlocked.Read(ref _eventsPublished),
        Interlocked.Read(ref _eventsLost),
        Interlocked.Read(ref _eventsDuplicated),
        Interlocked.Read(ref _eventsReordered),
        Interlocked.Read(ref _deliveriesPending),
        Interlocked.Read(ref _deliveriesSucceeded),
        Interlocked.Read(ref _deliveryAttemptsFailed),
        Interlocked.Read(ref _deliveriesAbandoned),
        Interlocked.Read(ref _deliveriesWithoutCallback),
        Interlocked.Read(ref _deliveriesDroppedAtCapacity));
}
