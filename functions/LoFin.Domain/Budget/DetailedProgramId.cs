using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget;

/// <summary>
/// 세부사업 (detailed programme): the unit budgets are executed by, the leaf of the programme tree that
/// a <see cref="BudgetLineKey"/> names.
/// </summary>
public readonly record struct DetailedProgramId
{
    private readonly string? _value;

    private DetailedProgramId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("DetailedProgramId is empty.");

    public bool IsEmpty => _value is null;

    public static DetailedProgramId Parse(string text) =>
        TryParse(text, out var id, out var problem) ? id : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out DetailedProgramId id) => TryParse(text, out id, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out DetailedProgramId id, [NotNullWhen(false)] out string? problem)
    {
        id = default;
        if (!ProgramIdText.IsValid(text))
        {
            problem = ClassificationMessages.ProgramId("세부사업", text, ProgramIdText.MaxLength);
            return false;
        }
        id = new DetailedProgramId(text);
        problem = null;
        return true;
    }

    public override string ToString() => _value ?? "";
}
