using LoFin.Domain.Budget;

namespace LoFin.Application.Payments;

/// <summary>A 지출결의 whose approval line has approved it: what to resolve against which commitment, for whom.</summary>
public sealed record ApprovedExpenditure(
    string ResolutionId,
    BudgetLineKey Line,
    string CommitmentId,
    string Title,
    long AmountWon,
    Payee Payee,
    string ApprovedBy);
