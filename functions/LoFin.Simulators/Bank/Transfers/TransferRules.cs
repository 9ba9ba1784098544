using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// The checks a bank makes on receipt of each transfer (건별 오류). Whether the payee's account
/// exists, is open and bears the name, and whether the amount is within the 한도, are found at
/// settlement instead, and come back as a failed result, as in real firm banking.
/// </summary>
public static class TransferRules
{
    public const int MaxMemoLength = 20;

    /// <summary>Beyond any 한도 a bank would set; keeps sums of balances far from overflow.</summary>
    public const long MaxAmountWon = 1_000_000_000_000_000;

    public static TransferRejection? Check(SubmittedTransfer transfer, AccountDirectory accounts)
    {
        if (accounts.FindGovernmentAccount(transfer.FromAccountNumber) is null)
        {
            return new("FROM_ACCOUNT_UNKNOWN", "출금 계좌가 이 금고의 지방자치단체 회계 계좌가 아닙니다.", "fromAccountNumber");
        }
        if (!KoreanBanks.IsKnown(transfer.ToBankCode))
        {
            return new("INVALID_BANK_CODE", "입금 은행 코드를 알 수 없습니다 (금융결제원 표준코드 3자리).", "toBankCode");
        }
        if (!AccountNumbers.IsWellFormed(transfer.ToAccountNumber))
        {
            return new("INVALID_ACCOUNT_NUMBER", $"입금 계좌번호는 하이픈 없는 숫자 {AccountNumbers.MinDigits}~{AccountNumbers.MaxDigits}자리입니다.", "toAccountNumber");
        }
        if (!HolderName.IsWellFormed(transfer.ToHolderName))
        {
            return new("INVALID_HOLDER_NAME", $"수취인 성명은 1~{HolderName.MaxLength}자입니다.", "toHolderName");
        }
        if (transfer.AmountWon is not (> 0 and <= MaxAmountWon))
        {
            return new("INVALID_AMOUNT", "이체 금액은 1원 이상이어야 합니다.", "amountWon");
        }
        if (transfer.Memo is { Length: > MaxMemoLength } || (transfer.Memo?.Any(char.IsControl) ?? false))
        {
            return new("INVALID_MEMO", $"입금 인자 내역은 {MaxMemoLength}자 이내의 문자입니다.", "memo");
        }
        return null;
    }

    /// <summary>
    /// The instruction of a transfer that passed <see cref="Check"/>. Account numbers, bank codes
    /// and names equal to ones the bank already holds are replaced by the bank's own string, so a
    /// million remembered transfers to a few hundred payees do not keep a million copies of each.
    /// </summary>
    public static TransferInstruction ToInstruction(SubmittedTransfer transfer, AccountDirectory accounts)
    {
        var from = accounts.FindGovernmentAccount(transfer.FromAccountNumber)!;
        var bankCode = KoreanBanks.Canonical(transfer.ToBankCode!);
        var payee = accounts.Find(new AccountKey(bankCode, transfer.ToAccountNumber!));
        return new TransferInstruction(
            from.Key.AccountNumber,
            bankCode,
            payee?.Key.AccountNumber ?? transfer.ToAccountNumber!,
            payee is not null && string.Equals(payee.HolderName, transfer.ToHolderName, StringComparison.Ordinal) ? payee.HolderName : transfer.ToHolderName!,
            transfer.AmountWon!.Value,
            string.IsNullOrEmpty(transfer.Memo) ? null : transfer.Memo);
    }
}
