using System.Globalization;
using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Faults;
using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>
/// Virtual accounts and the deposits into them. Issue is idempotent by the client's reference
/// id, a deposit by its deposit id. One lock guards it all: issuing and depositing are rare next
/// to verifications and transfers, and one lock makes "paid at most the amount due" plainly true.
/// </summary>
public sealed class VirtualAccountBook(TreasuryBankOptions options, FaultInjector faults, BankEventPublisher events, BankIdentifiers ids, BankStatistics statistics, TimeProvider time)
{
    private readonly Lock _lock = new();
    private readonly Dictionary<string, VirtualAccount> _byNumber = new(StringComparer.Ordinal);
    private readonly Dictionary<string, VirtualAccount> _byReference = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (DepositRequest Request, DepositView Deposit)> _deposits = new(StringComparer.Ordinal);

    /// <param name="collectingAccount">A government account at this bank, found by the caller.</param>
    public VirtualAccountIssue Issue(VirtualAccountRequest request, BankAccount collectingAccount)
    {
        lock (_lock)
        {
            if (_byReference.TryGetValue(request.ReferenceId, out var existing))
            {
                return existing.Request == request
                    ? new VirtualAccountIssue(IssueOutcome.Replayed, View(existing))
                    : new VirtualAccountIssue(IssueOutcome.ReferenceIdReused, null);
            }
            if (_byNumber.Count >= options.MaxVirtualAccounts)
            {
                return new VirtualAccountIssue(IssueOutcome.OverCapacity, null);
            }
            var account = new VirtualAccount(ids.NextVirtualAccountNumber(), request, collectingAccount, time.GetUtcNow());
            _byNumber.Add(account.Number, account);
            _byReference.Add(request.ReferenceId, account);
            statistics.VirtualAccountIssued();
            return new VirtualAccountIssue(IssueOutcome.Issued, View(account));
        }
    }

    public VirtualAccountView? Find(string virtualAccountNumber)
    {
        lock (_lock)
        {
            return _byNumber.TryGetValue(virtualAccountNumber, out var account) ? View(account) : null;
        }
    }

    public VirtualAccountView? FindByReference(string referenceId)
    {
        lock (_lock)
        {
            return _byReference.TryGetValue(referenceId, out var account) ? View(account) : null;
        }
    }

    public DepositAttempt Deposit(DepositRequest request)
    {
        DepositView deposit;
        lock (_lock)
        {
            if (_deposits.TryGetValue(request.DepositId, out var earlier))
            {
                return earlier.Request == request
                    ? new DepositAttempt(DepositOutcome.Replayed, earlier.Deposit)
                    : new DepositAttempt(DepositOutcome.DepositIdReused);
            }
            if (!_byNumber.TryGetValue(request.VirtualAccountNumber, out var account))
            {
                return new DepositAttempt(DepositOutcome.VirtualAccountNotFound);
            }
            if (_deposits.Count >= options.MaxDeposits)
            {
                return new DepositAttempt(DepositOutcome.OverCapacity);
            }
            var now = time.GetUtcNow();
            if (Refusal(account, request.AmountWon, now) is { } refusal)
            {
                statistics.DepositRefused();
                return new DepositAttempt(DepositOutcome.Refused, Refusal: refusal);
            }
            if (!account.CollectingAccount.TryCredit(request.AmountWon))
            {
                statistics.DepositRefused();
                return new DepositAttempt(DepositOutcome.Refused, Refusal: new DepositRefusal("OTHER", "입금을 처리할 수 없습니다."));
            }
            var paid = account.PaidWon + request.AmountWon;
            deposit = new DepositView(
                request.DepositId,
                account.Number,
                account.Request.ReferenceId,
                account.CollectingAccount.Key.AccountNumber,
                request.AmountWon,
                HolderName.Mask(request.DepositorName),
                account.Deposits.Count + 1,
                paid,
                account.Request.AmountWon - paid,
                paid >= account.Request.AmountWon ? VirtualAccountStatus.Paid : VirtualAccountStatus.PartiallyPaid,
                ids.NextTransactionId(),
                now);
            account.Record(deposit);
            _deposits.Add(request.DepositId, (request, deposit));
            statistics.DepositAccepted();
        }
        // Outside the lock: serialising and queueing the notice need not hold up other deposits.
        events.PublishDeposit(deposit, faults.Current);
        return new DepositAttempt(DepositOutcome.Accepted, deposit);
    }

    private DepositRefusal? Refusal(VirtualAccount account, long amountWon, DateTimeOffset now)
    {
        var remaining = account.RemainingWon;
        return account.StatusAt(now) switch
        {
            VirtualAccountStatus.Paid => new("VA_ALREADY_PAID", "이미 납부가 끝난 가상계좌입니다."),
            VirtualAccountStatus.Expired => new("VA_EXPIRED", "입금 기한이 지난 가상계좌입니다."),
            _ when account.Deposits.Count >= options.MaxDepositsPerVirtualAccount => new("DEPOSIT_LIMIT", "이 가상계좌에는 더 입금할 수 없습니다 (입금 횟수 한도)."),
            _ when account.Request.AmountPolicy == AmountPolicy.Exact && amountWon != remaining =>
                new("AMOUNT_MISMATCH", $"고지 금액과 다릅니다. {Won(remaining)}을 한 번에 입금하세요."),
            _ when amountWon > remaining => new("AMOUNT_OVER_REMAINING", $"남은 금액 {Won(remaining)}보다 많이 입금할 수 없습니다."),
            _ => null,
        };
    }

    private VirtualAccountView View(VirtualAccount account) => new(
        account.Number,
        KoreanBanks.TreasuryBankCode,
        KoreanBanks.TreasuryBankName,
        account.HolderName,
        account.Request.ReferenceId,
        account.CollectingAccount.Key.AccountNumber,
        account.Request.AmountWon,
        account.PaidWon,
        account.RemainingWon,
        account.Request.AmountPolicy,
        account.StatusAt(time.GetUtcNow()),
        account.IssuedAt,
        account.Request.ExpiresAt,
        [.. account.Deposits]);

    private static string Won(long amountWon) => amountWon.ToString("N0", CultureInfo.GetCultureInfo("ko-KR")) + "원";
}
