using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>
/// 편성목: the economic classification a council votes on (e.g. 201 일반운영비, 401 시설비및부대비).
/// Three digits; the first is its <see cref="BudgetItemGroup"/>, the last two are 01–99.
/// </summary>
public readonly record struct BudgetItem
{
    private readonly int _code;

    internal BudgetItem(int code) => _code = code;

    public int Code => _code != 0 ? _code : throw new InvalidOperationException("BudgetItem is empty.");

    public bool IsEmpty => _code == 0;

    public BudgetItemGroup Group => (BudgetItemGroup)(Code / 100 * 100);

    /// <summary>The catalogue's name, or null for a 편성목 it does not list.</summary>
    public string? Name => StatisticalItemCatalogue.BudgetItemNames.GetValueOrDefault(Code);

    public static BudgetItem Parse(string text) =>
        TryParse(text, out var item, out var problem) ? item : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out BudgetItem item) => TryParse(text, out item, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out BudgetItem item, [NotNullWhen(false)] out string? problem)
    {
        item = default;
        var code = text is { Length: 3 } ? CodeText.Digits(text, 0, 3) : -1;
        if (!IsValidCode(code))
        {
            problem = ClassificationMessages.BudgetItem(text);
            return false;
        }
        item = new BudgetItem(code);
        problem = null;
        return true;
    }

    internal static bool IsValidCode(int code) => code is >= 101 and <= 899 && code % 100 != 0;

    public override string ToString() => _code == 0 ? "" : _code.ToString("D3", CultureInfo.InvariantCulture);
}
