namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// 사정 that departs from the request keeps its reason on the line, so the department (and
/// later the council and auditors) can see why its request was cut or raised.
/// </summary>
public static class AdjustmentNeedsReason
{
    public const int MaxReasonLength = 500;

    public static string? Check(FundingSplit? requested, FundingSplit adjusted, string? reason)
    {
        if (reason is { Length: > MaxReasonLength })
        {
            return FormulationMessages.ReasonRequired;
        }
        var differs = requested is not { } r || r != adjusted;
        return differs && string.IsNullOrWhiteSpace(reason) ? FormulationMessages.ReasonRequired : null;
    }
}
