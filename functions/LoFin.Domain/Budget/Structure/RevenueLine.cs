namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// One revenue budget line: a 세입과목 to the 목 (<see cref="RevenueCode"/> carries 장, 관, 항) of
/// one 회계, with the 목's name and the estimated amount.
/// </summary>
public sealed record RevenueLine(FiscalAccount Account, RevenueCode Code, string Name, long AmountWon);
