using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget;

/// <summary>정책사업 (policy programme): the level a department's 성과 is planned and reported at.</summary>
public readonly record struct PolicyProgramId
{
    private readonly string? _value;

    private PolicyProgramId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("PolicyProgramId is empty.");

    public bool IsEmpty => _value is null;

    public static PolicyProgramId Parse(string text) =>
        TryParse(text, out var id, out var problem) ? id : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out PolicyProgramId id) => TryParse(text, out id, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out PolicyProgramId id, [NotNullWhen(false)] out string? problem)
    {
        id = default;
        if (!ProgramIdText.IsValid(text))
        {
            problem = ClassificationMessages.ProgramId("정책사업", text, ProgramIdText.MaxLength);
            return false;
        }
        id = new PolicyProgramId(text);
        problem = null;
        return true;
    }

    public override string ToString() => _value ?? "";
}
