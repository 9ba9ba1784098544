namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// Where a 세부사업 sits: 부문 (and so 분야) → 정책사업 → 단위사업, with the names officials
/// read in the budget book. The 세부사업 id itself is in the <see cref="BudgetLineKey"/>; its
/// name is here. A 세부사업 has exactly one such parent chain (<see cref="ProgramMustHaveOneParent"/>).
/// </summary>
public sealed record ProgramHierarchy(
    FunctionalSector Sector,
    PolicyProgramId PolicyProgram,
    string PolicyProgramName,
    UnitProgramId UnitProgram,
    string UnitProgramName,
    string DetailedProgramName)
{
    public FunctionalField Field => Sector.Field;
}
