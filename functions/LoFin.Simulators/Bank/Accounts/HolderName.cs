using System.Text;

namespace LoFin.Simulators.Bank.Accounts;

/// <summary>
/// How the bank compares and shows account holders' names. Banks match corporate names loosely on
/// the legal form: "(주)한빛건설", "㈜한빛건설", "주식회사 한빛건설" and "한빛건설(주)" are one
/// holder, so the legal-form markers and spaces are ignored and Latin letters compared case-blind.
/// Anything else that differs is a mismatch (815), as it would be at a real bank.
/// </summary>
public static class HolderName
{
    public const int MaxLength = 40;

    // Longest first, so "주식회사" is removed before anything shorter could split it.
    private static readonly string[] LegalForms =
    [
        "주식회사", "유한회사", "합자회사", "합명회사", "재단법인", "사단법인", "사회복지법인", "협동조합",
        "(주)", "(유)", "(재)", "(사)", "(합)", "㈜", "㈔", "㈕",
    ];

    public static bool IsWellFormed(string? name) =>
        !string.IsNullOrWhiteSpace(name) && name.Length <= MaxLength && !name.Any(char.IsControl);

    public static bool Matches(string bankHolderName, string presentedName) =>
        string.Equals(Normalize(bankHolderName), Normalize(presentedName), StringComparison.Ordinal);

    public static string Normalize(string name)
    {
        var core = StripLegalForms(name);
        var builder = new StringBuilder(core.Length);
        foreach (var c in core)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// The name as a verification answer shows it: the legal form kept, the rest with its first
    /// and last characters showing ("김*수", "남**수", "(주)한**설"; two characters: "김*").
    /// Enough for an official to recognise the payee, not enough to learn a stranger's name.
    /// </summary>
    public static string Mask(string name)
    {
        var trimmed = name.Trim();
        foreach (var form in LegalForms)
        {
            if (trimmed.StartsWith(form, StringComparison.Ordinal))
            {
                return form + MaskCore(trimmed[form.Length..]);
            }
            if (trimmed.EndsWith(form, StringComparison.Ordinal))
            {
                return MaskCore(trimmed[..^form.Length]) + form;
            }
        }
        return MaskCore(trimmed);
    }

    private static string MaskCore(string core)
    {
        var leading = core.Length - core.TrimStart().Length;
        var text = core.Trim();
        var masked = text.Length switch
        {
            <= 1 => text,
            2 => text[0] + "*",
            _ => text[0] + new string('*', text.Length - 2) + text[^1],
        };
        return core[..leading] + masked;
    }

    private static string StripLegalForms(string name)
    {
        var result = name;
        foreach (var form in LegalForms)
        {
            result = result.Replace(form, "", StringComparison.Ordinal);
        }
        return result;
    }
}
