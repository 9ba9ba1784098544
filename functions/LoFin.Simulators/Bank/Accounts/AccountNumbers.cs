namespace LoFin.Simulators.Bank.Accounts;

/// <summary>Account numbers as firm-banking messages carry them: digits only, no hyphens.</summary>
public static class AccountNumbers
{
    public const int MinDigits = 6;

    /// <summary>The 16 of the 오픈뱅킹 account-number field; real banks use 10 to 14.</summary>
    public const int MaxDigits = 16;

    public static bool IsWellFormed(string? accountNumber) =>
        accountNumber is { Length: >= MinDigits and <= MaxDigits } && accountNumber.All(char.IsAsciiDigit);

    /// <summary>
    /// All but the last four digits hidden, as in the status answers and webhooks: the caller
    /// matches results by transfer id and needs the number only to recognise it (rule 9).
    /// </summary>
    public static string Mask(string accountNumber) =>
        accountNumber.Length <= 4 ? accountNumber : new string('*', accountNumber.Length - 4) + accountNumber[^4..];
}
