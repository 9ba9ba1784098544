using LoFin.Domain.Budget;

namespace LoFin.Application.Budget.Formulation;

/// <summary>전용 request: the client-made id, from and to lines of the same 회계, the amount and why.</summary>
public sealed record TransferRequest(string TransferId, BudgetLineKey From, BudgetLineKey To, long AmountWon, string Reason);
