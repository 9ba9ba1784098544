namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>
/// How a step picks its amount relative to the headroom the state leaves (the most the rule
/// allows): exactly at the limit, one won either side, inside it, or absurd (zero, negative,
/// the line limit, long's edges).
/// </summary>
public enum AmountChoice
{
    Exact,
    PlusOne,
    MinusOne,
    Inside,
    Small,
    Zero,
    Negative,
    LineLimit,
    LineLimitPlusOne,
    LongMax,
    LongMin,
}
