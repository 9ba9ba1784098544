namespace LoFin.Simulators.Bank;

/// <summary>The bank's counters at one moment, as <c>GET /bank/v1/admin/stats</c> answers them.</summary>
public sealed record BankStatisticsSnapshot(
    long Verifications,
    long BatchesReceived,
    long TransfersAccepted,
    long TransfersRejected,
    long TransfersAlreadyAccepted,
    long TransfersSucceeded,
    long TransfersFailed,
    long VirtualAccountsIssued,
    long DepositsAccepted,
    long DepositsRefused,
    long EventsPublished,
    long EventsLost,
    long EventsDuplicated,
    long EventsReordered,
    long DeliveriesPending,
    long DeliveriesSucceeded,
    long DeliveryAttemptsFailed,
    long DeliveriesAbandoned,
    long DeliveriesWithoutCallback,
    long DeliveriesDroppedAtCapacity);
