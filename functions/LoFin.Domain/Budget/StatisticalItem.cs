using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>
/// 통계목: the finest economic classification, <c>NNN-NN</c> (e.g. 201-01 사무관리비), the last
/// level of a budget line. The first three digits are its 편성목 and the first digit its group,
/// so both are derived. Any well-formed code is accepted because the list changes with each
/// year's 운영기준; <see cref="IsInCatalogue"/> tells whether LoFin knows its name.
/// </summary>
public readonly record struct StatisticalItem
{
    // 201-01 is stored as 20101: one int compares and hashes faster than two fields or a string.
    private readonly int _code;

    private StatisticalItem(int code) => _code = code;

    /// <summary>The code as one number, 편성목 × 100 + 목 (201-01 → 20101).</summary>
    public int Code => _code != 0 ? _code : throw new InvalidOperationException("StatisticalItem is empty.");

    public bool IsEmpty => _code == 0;

    public BudgetItem BudgetItem => new(Code / 100);

    public BudgetItemGroup Group => BudgetItem.Group;

    /// <summary>The catalogue's name, or null for a 통계목 it does not list.</summary>
    public string? Name => StatisticalItemCatalogue.Names.GetValueOrDefault(Code);

    public bool IsInCatalogue => StatisticalItemCatalogue.Names.ContainsKey(Code);

    public static StatisticalItem Parse(string text) =>
        TryParse(text, out var item, out var problem) ? item : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out StatisticalItem item) => TryParse(text, out item, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out StatisticalItem item, [NotNullWhen(false)] out string? problem)
    {
        item = default;
        if (text is { Length: 6 } && text[3] == '-')
        {
            var budgetItem = CodeText.Digits(text, 0, 3);
            var sub = CodeText.Digits(text, 4, 2);
            if (BudgetItem.IsValidCode(budgetItem) && sub >= 1)
            {
                item = new StatisticalItem((budgetItem * 100) + sub);
                problem = null;
                return true;
            }
        }
        problem = ClassificationMessages.StatisticalItem(text);
        return false;
    }

    public override string ToString() =>
        _code == 0 ? "" : string.Create(CultureInfo.InvariantCulture, $"{_code / 100:D3}-{_code % 100:D2}");
}
