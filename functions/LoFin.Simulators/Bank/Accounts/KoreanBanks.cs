using System.Collections.Frozen;

namespace LoFin.Simulators.Bank.Accounts;

/// <summary>
/// The banks a payee's account may be at, by 금융결제원 standard code. The simulator itself is
/// the treasury bank (금고) of every demo government, under code 097: the code the 오픈뱅킹
/// testbed gives its test bank, so no real bank's code is borrowed for a fake one.
/// </summary>
public static class KoreanBanks
{
    public const string TreasuryBankCode = "097";

    public const string TreasuryBankName = "LoFin 금고(시뮬레이터)";

    public static FrozenDictionary<string, string> Names { get; } = new Dictionary<string, string>
    {
        ["002"] = "KDB산업은행",
        ["003"] = "IBK기업은행",
        ["004"] = "KB국민은행",
        ["007"] = "수협은행",
        ["011"] = "NH농협은행",
        ["012"] = "지역농·축협",
        ["020"] = "우리은행",
        ["023"] = "SC제일은행",
        ["027"] = "한국씨티은행",
        ["031"] = "iM뱅크",
        ["032"] = "부산은행",
        ["034"] = "광주은행",
        ["035"] = "제주은행",
        ["037"] = "전북은행",
        ["039"] = "경남은행",
        ["045"] = "새마을금고",
        ["048"] = "신협",
        ["071"] = "우체국",
        ["081"] = "하나은행",
        ["088"] = "신한은행",
        ["089"] = "케이뱅크",
        ["090"] = "카카오뱅크",
        ["092"] = "토스뱅크",
        [TreasuryBankCode] = TreasuryBankName,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> CanonicalCodes = Names.Keys.ToFrozenDictionary(code => code, StringComparer.Ordinal);

    public static bool IsKnown(string? bankCode) => bankCode is not null && Names.ContainsKey(bankCode);

    /// <summary>The bank's code as this class holds it: one string per bank however many transfers name it.</summary>
    public static string Canonical(string bankCode) => CanonicalCodes.TryGetValue(bankCode, out var canonical) ? canonical : bankCode;

    public static string NameOf(string bankCode) => Names.TryGetValue(bankCode, out var name) ? name : bankCode;
}
