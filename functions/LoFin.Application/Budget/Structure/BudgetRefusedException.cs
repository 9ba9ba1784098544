namespace LoFin.Application.Budget.Structure;

/// <summary>What kind of refusal a budget use case gives, for the caller to map (404, 409).</summary>
public enum BudgetRefusal
{
    NotFound,
    Conflict,
}

/// <summary>
/// A budget use case refused because of the state of things (no such version, not drafting, an
/// open version exists). Bad input is <see cref="Validation.RequestValidationException"/> instead.
/// Thrown before anything is written.
/// </summary>
public sealed class BudgetRefusedException(BudgetRefusal refusal, string message) : Exception(message)
{
    public BudgetRefusal Refusal { get; } = refusal;
}
