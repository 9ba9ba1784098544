using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>분야: the top of the 기능별 분류, a 3-digit code from the national list (e.g. 080 사회복지).</summary>
public readonly record struct FunctionalField
{
    private readonly int _code;

    internal FunctionalField(int code) => _code = code;

    public int Code => _code != 0 ? _code : throw new InvalidOperationException("FunctionalField is empty.");

    public bool IsEmpty => _code == 0;

    public string Name => FunctionalClassificationCatalogue.FieldNames[Code];

    public static FunctionalField Parse(string text) =>
        TryParse(text, out var field, out var problem) ? field : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out FunctionalField field) => TryParse(text, out field, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out FunctionalField field, [NotNullWhen(false)] out string? problem)
    {
        field = default;
        var code = text is { Length: 3 } ? CodeText.Digits(text, 0, 3) : -1;
        if (!FunctionalClassificationCatalogue.FieldNames.ContainsKey(code))
        {
            problem = ClassificationMessages.FunctionalField(text);
            return false;
        }
        field = new FunctionalField(code);
        problem = null;
        return true;
    }

    public override string ToString() => _code == 0 ? "" : _code.ToString("D3", CultureInfo.InvariantCulture);
}
