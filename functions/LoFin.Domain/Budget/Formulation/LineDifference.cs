namespace LoFin.Domain.Budget.Formulation;

/// <summary>One line of a version diff: before, after and the 증감액 (after − before), all in won.</summary>
public readonly record struct LineDifference(BudgetLineKey Key, long BeforeWon, long AfterWon, LineChangeKind Kind)
{
    public long DeltaWon => AfterWon - BeforeWon;
}
