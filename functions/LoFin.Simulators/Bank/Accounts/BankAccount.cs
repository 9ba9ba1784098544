namespace LoFin.Simulators.Bank.Accounts;

/// <summary>
/// One account the simulated bank network knows. The balance changes from many threads at once
/// (settlement timers, deposits), so it is moved only by compare-and-swap and never goes below
/// zero or past <see cref="long.MaxValue"/>.
/// </summary>
public sealed class BankAccount
{
    private long _balanceWon;

    public BankAccount(AccountKey key, string holderName, AccountHolderKind holderKind, AccountStatus status, long openingBalanceWon, GovernmentAccountInfo? government = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(openingBalanceWon);
        Key = key;
        HolderName = holderName;
        HolderKind = holderKind;
        Status = status;
        Government = government;
        _balanceWon = openingBalanceWon;
    }

    public AccountKey Key { get; }

    /// <summary>The holder's name as the bank has it: the truth that a payment's holder name is checked against.</summary>
    public string HolderName { get; }

    public AccountHolderKind HolderKind { get; }

    public AccountStatus Status { get; }

    public GovernmentAccountInfo? Government { get; }

    public long BalanceWon => Volatile.Read(ref _balanceWon);

    /// <summary>Takes the amount if the balance covers it; otherwise changes nothing.</summary>
    public bool TryDebit(long amountWon)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountWon);
        while (true)
        {
            var current = Volatile.Read(ref _balanceWon);
            if (current < amountWon)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _balanceWon, current - amountWon, current) == current)
            {
                return true;
            }
        }
    }

    /// <summary>Adds the amount unless the balance would overflow, which no real account reaches.</summary>
    public bool TryCredit(long amountWon)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(amountWon);
        while (true)
        {
            var current = Volatile.Read(ref _balanceWon);
            if (current > long.MaxValue - amountWon)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _balanceWon, current + amountWon, current) == current)
            {
                return true;
            }
        }
    }
}
