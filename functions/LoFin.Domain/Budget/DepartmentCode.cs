using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>
/// A department (부서, 사업소, 읍·면·동) by its 7-digit 행정표준코드 기관코드, the code every
/// national system already uses for it, so links to 인사랑 or e나라도움 need no mapping table.
/// </summary>
public readonly record struct DepartmentCode
{
    private readonly int _code;

    private DepartmentCode(int code) => _code = code;

    public int Code => _code != 0 ? _code : throw new InvalidOperationException("DepartmentCode is empty.");

    public bool IsEmpty => _code == 0;

    public static DepartmentCode Parse(string text) =>
        TryParse(text, out var department, out var problem) ? department : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out DepartmentCode department) => TryParse(text, out department, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out DepartmentCode department, [NotNullWhen(false)] out string? problem)
    {
        department = default;
        var code = text is { Length: 7 } ? CodeText.Digits(text, 0, 7) : -1;
        if (code <= 0)
        {
            problem = ClassificationMessages.Department(text);
            return false;
        }
        department = new DepartmentCode(code);
        problem = null;
        return true;
    }

    public override string ToString() => _code == 0 ? "" : _code.ToString("D7", CultureInfo.InvariantCulture);
}
