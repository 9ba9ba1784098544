namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// A line's amounts in one version: what the department requested (예산요구), what the budget
/// office set (사정) and why. The version's amount for the line is the adjusted one when the
/// office has set it, else the request. In a 추경 the request starts as the previous version's amount.
/// </summary>
public sealed record LineAmounts(FundingSplit? Requested, FundingSplit? Adjusted, string? AdjustmentReason)
{
    public static readonly LineAmounts None = new(null, null, null);

    public FundingSplit Final => Adjusted ?? Requested ?? default;

    public long FinalWon => Final.TotalWon;

    public LineAmounts Request(FundingSplit requested) => this with { Requested = requested };

    /// <summary>Sets the 사정 amount, refusing a change from the request without a reason.</summary>
    public LineAmounts Adjust(FundingSplit adjusted, string? reason) =>
        AdjustmentNeedsReason.Check(Requested, adjusted, reason) is { } problem
            ? throw new InvalidOperationException(problem)
            : this with { Adjusted = adjusted, AdjustmentReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim() };
}
