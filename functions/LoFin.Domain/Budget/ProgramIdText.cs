using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget;

/// <summary>
/// The shared format of 정책사업, 단위사업 and 세부사업 ids. e호조 keeps its own numbering,
/// which is not published, so an id is the tenant's: short ASCII that survives CSV, URLs and
/// the '/' of <see cref="BudgetLineKey"/>.
/// </summary>
internal static class ProgramIdText
{
    public const int MaxLength = 20;

    public static bool IsValid([NotNullWhen(true)] string? text)
    {
        if (text is null || text.Length is 0 or > MaxLength)
        {
            return false;
        }
        foreach (var c in text)
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
            {
                return false;
            }
        }
        return true;
    }
}
