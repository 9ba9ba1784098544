using System.Text.Json;
using LoFin.Simulators.Bank.Faults;
using LoFin.Simulators.Bank.Transfers;
using LoFin.Simulators.Bank.VirtualAccounts;

namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>
/// Turns what happened at the bank into webhook events, and is where the delivery faults are
/// applied: an event may be lost, sent twice (same event id), or held back so that it overtakes
/// or is overtaken by others. Each decision is a roll of <see cref="FaultDice"/> on the event's
/// identity (batch id and position, or deposit id), so a seed reproduces it exactly.
/// </summary>
public sealed class BankEventPublisher(TreasuryBankOptions options, WebhookDispatcher dispatcher, BankIdentifiers ids, BankStatistics statistics, TimeProvider time)
{
    /// <summary>
    /// A batch's results, in events of at most <see cref="TreasuryBankOptions.MaxResultsPerEvent"/>.
    /// Out of order means the results are shuffled before they are split and each event is held
    /// back by its own delay.
    /// </summary>
    public void PublishTransferResults(string batchId, List<TransferView> results, FaultSettings faults)
    {
        var batchSubject = "batch|" + batchId;
        var reorder = FaultDice.Happens(faults.Seed, "reorder", batchSubject, faults.OutOfOrderRate);
        if (reorder)
        {
            FaultDice.Shuffle(results, faults.Seed, batchSubject);
        }
        var part = 0;
        foreach (var chunk in results.Chunk(options.MaxResultsPerEvent))
        {
            var subject = $"{batchSubject}|{part++}";
            Publish(subject, BankEventTypes.TransferResults, new TransferResultsData(batchId, chunk), faults, reorder);
        }
    }

    /// <summary>입금 통지. Out of order holds it back, so a later deposit's notice can arrive first.</summary>
    public void PublishDeposit(DepositView deposit, FaultSettings faults)
    {
        var subject = "deposit|" + deposit.DepositId;
        var reorder = FaultDice.Happens(faults.Seed, "reorder", subject, faults.OutOfOrderRate);
        Publish(subject, BankEventTypes.VirtualAccountDeposited, deposit, faults, reorder);
    }

    private void Publish(string subject, string type, object data, FaultSettings faults, bool reorder)
    {
        var bankEvent = new BankEvent(ids.NextEventId(), type, time.GetUtcNow(), data);
        var body = JsonSerializer.SerializeToUtf8Bytes(bankEvent, BankJson.Options);
        statistics.EventPublished();

        if (FaultDice.Happens(faults.Seed, "loss", subject, faults.LossRate))
        {
            statistics.EventLost();
            return;
        }
        var holdBack = TimeSpan.Zero;
        if (reorder)
        {
            statistics.EventReordered();
            holdBack = HeldBack(faults, "reorder-delay", subject);
        }
        var delivery = new PendingDelivery(bankEvent.EventId, type, body, Attempt: 1);
        dispatcher.Enqueue(delivery, holdBack);
        if (FaultDice.Happens(faults.Seed, "duplicate", subject, faults.DuplicateRate))
        {
            statistics.EventDuplicated();
            dispatcher.Enqueue(delivery, holdBack + HeldBack(faults, "duplicate-delay", subject));
        }
    }

    private static TimeSpan HeldBack(FaultSettings faults, string decision, string subject) =>
        TimeSpan.FromMilliseconds(Math.Floor(FaultDice.Roll(faults.Seed, decision, subject) * faults.MaxReorderDelayMs));
}
