using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Application.Execution.Allotments;

/// <summary>
/// The period an allotment (배정) is made for: a quarter (<c>2026-Q1</c>) or a month
/// (<c>2026-03</c>) of the line's fiscal year (시행령 제32조: 자금 배정 by quarter or month).
/// </summary>
public static class AllotmentPeriod
{
    public static bool TryParse(string? text, int fiscalYear, [NotNullWhen(true)] out string? period, [NotNullWhen(false)] out string? problem)
    {
        period = null;
        var prefix = fiscalYear.ToString("D4", CultureInfo.InvariantCulture) + "-";
        if (text is null || !text.StartsWith(prefix, StringComparison.Ordinal))
        {
            problem = $"배정 기간은 {prefix}Q1~Q4(분기) 또는 {prefix}01~12(월)입니다.";
            return false;
        }
        var rest = text[prefix.Length..];
        var valid = rest is "Q1" or "Q2" or "Q3" or "Q4"
            || (rest.Length == 2 && rest.All(char.IsAsciiDigit) && int.Parse(rest, CultureInfo.InvariantCulture) is >= 1 and <= 12);
        if (!valid)
        {
            problem = $"배정 기간은 {prefix}Q1~Q4(분기) 또는 {prefix}01~12(월)입니다.";
            return false;
        }
        period = text;
        problem = null;
        return true;
    }
}
