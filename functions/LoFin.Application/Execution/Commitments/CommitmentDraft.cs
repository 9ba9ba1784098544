using LoFin.Domain.Budget;

namespace LoFin.Application.Execution.Commitments;

public sealed record CommitmentDraft(string CommitmentId, BudgetLineKey Line, string Title, string Counterparty, long AmountWon, string ApprovalInstanceId);
