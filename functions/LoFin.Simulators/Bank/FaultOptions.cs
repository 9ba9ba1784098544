using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Faults;

namespace LoFin.Simulators.Bank;

/// <summary>The fault settings the bank starts with (<c>Sim:Bank:Faults</c>); <c>POST /bank/v1/admin/faults</c> changes them later.</summary>
public sealed class FaultOptions
{
    public long Seed { get; set; } = 20260302;

    public double DuplicateRate { get; set; }

    public double OutOfOrderRate { get; set; }

    public double LossRate { get; set; }

    public double TransferFailureRate { get; set; }

    public int MaxReorderDelayMs { get; set; } = 2_000;

    public List<AccountReference> NameMismatchAccounts { get; set; } = [];

    public FaultSettings ToSettings() => new(
        Seed, DuplicateRate, OutOfOrderRate, LossRate, TransferFailureRate, MaxReorderDelayMs,
        NameMismatchAccounts.Select(a => new AccountKey(a.BankCode ?? "", a.AccountNumber ?? "")).ToHashSet());

    public void Validate()
    {
        foreach (var (name, rate) in new[] { (nameof(DuplicateRate), DuplicateRate), (nameof(OutOfOrderRate), OutOfOrderRate), (nameof(LossRate), LossRate), (nameof(TransferFailureRate), TransferFailureRate) })
        {
            TreasuryBankOptions.Require(rate is >= 0 and <= 1, $"Faults:{name}", "between 0 and 1");
        }
        TreasuryBankOptions.Require(MaxReorderDelayMs is >= 0 and <= FaultSettings.MaxReorderDelayLimitMs, $"Faults:{nameof(MaxReorderDelayMs)}", $"0..{FaultSettings.MaxReorderDelayLimitMs}");
        TreasuryBankOptions.Require(NameMismatchAccounts.Count <= FaultSettings.MaxNameMismatchAccounts, $"Faults:{nameof(NameMismatchAccounts)}", $"at most {FaultSettings.MaxNameMismatchAccounts} accounts");
        TreasuryBankOptions.Require(NameMismatchAccounts.All(a => KoreanBanks.IsKnown(a.BankCode) && AccountNumbers.IsWellFormed(a.AccountNumber)),
            $"Faults:{nameof(NameMismatchAccounts)}", "accounts with a known bankCode and a 6..16-digit accountNumber");
    }
}
