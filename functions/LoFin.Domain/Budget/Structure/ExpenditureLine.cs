namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// One expenditure budget line as the budget book lists it: its identity (<see cref="BudgetLineKey"/>:
/// 회계연도/회계/부서/세부사업/통계목), the programme tree above the 세부사업, and its amount by 재원.
/// </summary>
public sealed record ExpenditureLine(BudgetLineKey Key, ProgramHierarchy Program, FundingSplit Funding)
{
    public long AmountWon => Funding.TotalWon;
}
