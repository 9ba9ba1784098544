using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>
/// 부문: the second level of the 기능별 분류. Its code starts with the first two digits of its
/// 분야 (081 기초생활보장 lies in 080 사회복지), so the 분야 is derived, never stored twice.
/// </summary>
public readonly record struct FunctionalSector
{
    private readonly int _code;

    private FunctionalSector(int code) => _code = code;

    public int Code => _code != 0 ? _code : throw new InvalidOperationException("FunctionalSector is empty.");

    public bool IsEmpty => _code == 0;

    public FunctionalField Field => new(Code / 10 * 10);

    /// <summary>The catalogue's name, or null for a 부문 the catalogue does not list.</summary>
    public string? Name => FunctionalClassificationCatalogue.SectorNames.GetValueOrDefault(Code);

    public static FunctionalSector Parse(string text) =>
        TryParse(text, out var sector, out var problem) ? sector : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out FunctionalSector sector) => TryParse(text, out sector, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out FunctionalSector sector, [NotNullWhen(false)] out string? problem)
    {
        sector = default;
        var code = text is { Length: 3 } ? CodeText.Digits(text, 0, 3) : -1;
        if (code <= 0 || !FunctionalClassificationCatalogue.FieldNames.ContainsKey(code / 10 * 10))
        {
            problem = ClassificationMessages.FunctionalSector(text);
            return false;
        }
        sector = new FunctionalSector(code);
        problem = null;
        return true;
    }

    /// <summary>
    /// Why the 부문 does not belong under <paramref name="field"/>, or null: for imported trees that
    /// name both.
    /// </summary>
    public string? CheckBelongsTo(FunctionalField field) =>
        Field == field ? null : ClassificationMessages.SectorOutsideField(this, field);

    public override string ToString() => _code == 0 ? "" : _code.ToString("D3", CultureInfo.InvariantCulture);
}
