namespace LoFin.Application.Budget.Formulation;

/// <summary>How a 전용's approval line ended.</summary>
public enum TransferDecision
{
    Approved,
    Rejected,
    Withdrawn,
}
