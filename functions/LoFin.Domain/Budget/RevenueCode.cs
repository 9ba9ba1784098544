using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>
/// A 세입과목 to the 목: <c>NNN-NN</c>, the 항 and the 목 (e.g. 111-01). Like the 통계목, the code
/// carries its parents: the 항's first digit is the 장 (1–7 → 100–700) and its first two the
/// 관 (111 → 관 110 → 장 100). The shape mirrors the expenditure codes; the exact national
/// 항·목 numbering is to be checked against the 운영기준 before demo data pins it.
/// </summary>
public readonly record struct RevenueCode
{
    // 111-01 is stored as 11101, as StatisticalItem does.
    private readonly int _code;

    private RevenueCode(int code) => _code = code;

    public int Code => _code != 0 ? _code : throw new InvalidOperationException("RevenueCode is empty.");

    public bool IsEmpty => _code == 0;

    public RevenueChapter Chapter => (RevenueChapter)(Code / 10000 * 100);

    /// <summary>관, e.g. 110.</summary>
    public int Section => Code / 1000 * 10;

    /// <summary>항, e.g. 111.</summary>
    public int Item => Code / 100;

    /// <summary>목, e.g. 1 for 111-01.</summary>
    public int SubItem => Code % 100;

    public static RevenueCode Parse(string text) =>
        TryParse(text, out var code, out var problem) ? code : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out RevenueCode code) => TryParse(text, out code, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out RevenueCode code, [NotNullWhen(false)] out string? problem)
    {
        code = default;
        if (text is { Length: 6 } && text[3] == '-')
        {
            var item = CodeText.Digits(text, 0, 3);
            var sub = CodeText.Digits(text, 4, 2);
            if (item >= 0 && item / 100 is >= 1 and <= 7 && item / 10 % 10 != 0 && item % 10 != 0 && sub >= 1)
            {
                code = new RevenueCode((item * 100) + sub);
                problem = null;
                return true;
            }
        }
        problem = ClassificationMessages.RevenueCode(text);
        return false;
    }

    public override string ToString() =>
        _code == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{_code / 100:D3}-{_code % 100:D2}");
}
