using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Faults;
using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// Settles a batch's newly accepted transfers when its settlement timer fires: finds each one's
/// outcome, moves the money of those that succeed, records the result, and hands the results to
/// the webhooks. Runs once per batch, so each transfer id moves money at most once.
/// </summary>
public sealed class TransferSettlement(TreasuryBankOptions options, AccountDirectory accounts, FaultInjector faults, BankEventPublisher events, BankIdentifiers ids, BankStatistics statistics, TimeProvider time)
{
    public void Settle(string batchId, IReadOnlyList<TransferRecord> transfers)
    {
        var settings = faults.Current;
        var views = new List<TransferView>(transfers.Count);
        foreach (var transfer in transfers)
        {
            var response = Execute(transfer.Instruction, transfer.TransferId, settings);
            transfer.Settle(new TransferResult(response, ids.NextTransactionId(), time.GetUtcNow()));
            views.Add(TransferView.Of(transfer));
        }
        events.PublishTransferResults(batchId, views, settings);
        // Counted only once the webhooks are queued: whoever sees every accepted transfer settled and no delivery
        // pending (a test, an operator) then knows that nothing more will be sent.
        foreach (var view in views)
        {
            statistics.TransferSettled(view.Status == TransferStatus.Succeeded);
        }
    }

    /// <summary>
    /// The checks in the order a bank makes them: the payee's account, its holder, the 한도, the
    /// chance of a fault, then the debit. Money moves only when every check has passed.
    /// </summary>
    private BankResponse Execute(TransferInstruction instruction, string transferId, FaultSettings settings)
    {
        var payeeKey = new AccountKey(instruction.ToBankCode, instruction.ToAccountNumber);
        var payee = accounts.Find(payeeKey);
        switch (AccountDirectory.Check(payee, instruction.ToHolderName, settings.IsNameMismatch(payeeKey)))
        {
            case HolderCheck.AccountNotFound:
                return BankResponses.AccountNotFound;
            case HolderCheck.AccountClosed:
                return BankResponses.AccountClosed;
            case HolderCheck.Mismatch:
                return BankResponses.HolderNameMismatch;
        }
        if (instruction.AmountWon > options.MaxTransferAmountWon)
        {
            return BankResponses.LimitExceeded;
        }
        if (FaultDice.Happens(settings.Seed, "transfer-failure", transferId, settings.TransferFailureRate))
        {
            var pick = (int)(FaultDice.Roll(settings.Seed, "transfer-failure-kind", transferId) * BankResponses.TransientFailures.Count);
            return BankResponses.TransientFailures[pick];
        }

        // Checked on receipt, and government accounts are never removed.
        var payer = accounts.FindGovernmentAccount(instruction.FromAccountNumber)!;
        if (!payer.TryDebit(instruction.AmountWon))
        {
            return BankResponses.InsufficientBalance;
        }
        if (!payee!.TryCredit(instruction.AmountWon))
        {
            // Unreachable with real amounts; put the money back rather than lose it.
            payer.TryCredit(instruction.AmountWon);
            return BankResponses.OtherFailure;
        }
        return BankResponses.Ok;
    }
}
