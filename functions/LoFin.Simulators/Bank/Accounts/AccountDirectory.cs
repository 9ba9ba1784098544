using System.Collections.Frozen;
using LoFin.Simulators.Bank.Seed;

namespace LoFin.Simulators.Bank.Accounts;

/// <summary>
/// Every account the simulated network knows: the demo governments' 회계 accounts at this bank
/// and the payees' accounts at all banks. Fixed at start (the demo data is generated, not
/// entered), so lookups need no lock; only balances change.
/// </summary>
public sealed class AccountDirectory
{
    private readonly FrozenDictionary<AccountKey, BankAccount> _accounts;

    public AccountDirectory(DemoBankData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
        _accounts = data.GovernmentAccounts.Concat(data.Payees.Select(p => p.Account)).ToFrozenDictionary(a => a.Key);
        GovernmentAccounts = data.GovernmentAccounts;
    }

    public DemoBankData Data { get; }

    public IReadOnlyList<BankAccount> GovernmentAccounts { get; }

    public BankAccount? Find(AccountKey key) => _accounts.GetValueOrDefault(key);

    /// <summary>A government 회계 account at this bank, the only kind a transfer may be paid from.</summary>
    public BankAccount? FindGovernmentAccount(string? accountNumber) =>
        accountNumber is not null && Find(new AccountKey(KoreanBanks.TreasuryBankCode, accountNumber)) is { HolderKind: AccountHolderKind.Government } account
            ? account
            : null;

    /// <param name="forceMismatch">The fault settings name this account: the bank reports a different holder whatever is presented.</param>
    public static HolderCheck Check(BankAccount? account, string presentedName, bool forceMismatch)
    {
        if (account is null)
        {
            return HolderCheck.AccountNotFound;
        }
        if (account.Status == AccountStatus.Closed)
        {
            return HolderCheck.AccountClosed;
        }
        return !forceMismatch && HolderName.Matches(account.HolderName, presentedName) ? HolderCheck.Match : HolderCheck.Mismatch;
    }
}
