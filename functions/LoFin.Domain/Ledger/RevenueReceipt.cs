using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>
/// 세입 수납: money received into a 회계 under a 세입과목 (the bank's deposit callback on a
/// virtual account, a counter payment). <paramref name="Id"/> is the receipt's client-made id
/// (the bank's transaction id is a good one), so a duplicated callback posts once.
/// </summary>
public sealed record RevenueReceipt(OperationId Id, FiscalAccount Account, RevenueCode Code, long AmountWon, DateOnly ReceivedOn);
