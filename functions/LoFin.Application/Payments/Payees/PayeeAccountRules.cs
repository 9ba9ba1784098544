namespace LoFin.Application.Payments.Payees;

/// <summary>
/// What a payee's account must look like before the bank is asked about it: a 3-digit 금융결제원
/// bank code, 6–16 digits without hyphens, a holder's name of 1–50 characters. Checked here so an
/// official gets every fault at once, in Korean, without a round trip to the bank.
/// </summary>
public static class PayeeAccountRules
{
    public const int MinAccountDigits = 6;
    public const int MaxAccountDigits = 16;
    public const int MaxHolderNameLength = 50;

    public static Dictionary<string, string[]> Check(string? bankCode, string? accountNumber, string? holderName)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (bankCode is not { Length: 3 } || !bankCode.All(char.IsAsciiDigit))
        {
            errors["bankCode"] = ["은행 코드는 금융결제원 표준코드 3자리 숫자입니다 (예: 004)."];
        }
        if (accountNumber is not { Length: >= MinAccountDigits and <= MaxAccountDigits } || !accountNumber.All(char.IsAsciiDigit))
        {
            errors["accountNumber"] = [$"계좌번호는 하이픈 없는 숫자 {MinAccountDigits}~{MaxAccountDigits}자리입니다."];
        }
        if (string.IsNullOrWhiteSpace(holderName) || holderName.Trim().Length > MaxHolderNameLength || holderName.Any(char.IsControl))
        {
            errors["holderName"] = [$"예금주 성명은 1~{MaxHolderNameLength}자입니다."];
        }
        return errors;
    }
}
