using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget;

/// <summary>단위사업 (unit programme): a group of 세부사업 under one 정책사업.</summary>
public readonly record struct UnitProgramId
{
    private readonly string? _value;

    private UnitProgramId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("UnitProgramId is empty.");

    public bool IsEmpty => _value is null;

    public static UnitProgramId Parse(string text) =>
        TryParse(text, out var id, out var problem) ? id : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out UnitProgramId id) => TryParse(text, out id, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out UnitProgramId id, [NotNullWhen(false)] out string? problem)
    {
        id = default;
        if (!ProgramIdText.IsValid(text))
        {
            problem = ClassificationMessages.ProgramId("단위사업", text, ProgramIdText.MaxLength);
            return false;
        }
        id = new UnitProgramId(text);
        problem = null;
        return true;
    }

    public override string ToString() => _value ?? "";
}
