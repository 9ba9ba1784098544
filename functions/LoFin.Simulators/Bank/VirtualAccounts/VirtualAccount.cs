using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.VirtualAccounts;

/// <summary>
/// A virtual account issued for one notice (고지) or refund (반납). Money paid in is credited to
/// the government's collecting 회계 account at once; the virtual account only tracks what is due.
/// Changed only under <see cref="VirtualAccountBook"/>'s lock.
/// </summary>
public sealed class VirtualAccount(string number, VirtualAccountRequest request, BankAccount collectingAccount, DateTimeOffset issuedAt)
{
    private readonly List<DepositView> _deposits = [];

    public string Number { get; } = number;

    public VirtualAccountRequest Request { get; } = request;

    public BankAccount CollectingAccount { get; } = collectingAccount;

    public DateTimeOffset IssuedAt { get; } = issuedAt;

    /// <summary>What the depositor's bank shows as the holder: the government, and the payer when given.</summary>
    public string HolderName => Request.PayerName is null
        ? CollectingAccount.Government!.GovernmentName
        : $"{CollectingAccount.Government!.GovernmentName}({Request.PayerName})";

    public long PaidWon { get; private set; }

    public long RemainingWon => Request.AmountWon - PaidWon;

    public IReadOnlyList<DepositView> Deposits => _deposits;

    public VirtualAccountStatus StatusAt(DateTimeOffset now) =>
        PaidWon >= Request.AmountWon ? VirtualAccountStatus.Paid
        : now > Request.ExpiresAt ? VirtualAccountStatus.Expired
        : PaidWon > 0 ? VirtualAccountStatus.PartiallyPaid
        : VirtualAccountStatus.Open;

    public void Record(DepositView deposit)
    {
        PaidWon += deposit.AmountWon;
        _deposits.Add(deposit);
    }
}
