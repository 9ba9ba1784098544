namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// The programme tree is a tree: a 세부사업 belongs to one 단위사업, a 단위사업 to one 정책사업,
/// a 정책사업 to one 부문, and a code has one name. Lines repeat the chain (one line per
/// 부서 × 통계목), so every repetition must agree with the first; the execution ledger keys
/// lines without the chain (ADR 0013) and relies on it being unique.
/// </summary>
public static class ProgramMustHaveOneParent
{
    public static IReadOnlyList<StructureProblem> Check(IReadOnlyList<ExpenditureLine> lines)
    {
        var problems = new List<StructureProblem>();
        var detailed = new Dictionary<DetailedProgramId, (UnitProgramId Unit, string Name)>();
        var units = new Dictionary<UnitProgramId, (PolicyProgramId Policy, string Name)>();
        var policies = new Dictionary<PolicyProgramId, (FunctionalSector Sector, string Name)>();
        for (var i = 0; i < lines.Count; i++)
        {
            var program = lines[i].Program;
            var id = lines[i].Key.Program;
            if (detailed.TryGetValue(id, out var d))
            {
                if (d.Unit != program.UnitProgram)
                {
                    problems.Add(new(i, StructureFields.UnitProgram, StructureMessages.ParentDiffers("세부사업", id.Value, "단위사업", d.Unit.Value, program.UnitProgram.Value)));
                }
                else if (d.Name != program.DetailedProgramName)
                {
                    problems.Add(new(i, StructureFields.DetailedProgramName, StructureMessages.NameDiffers("세부사업", id.Value, d.Name)));
                }
            }
            else
            {
                detailed.Add(id, (program.UnitProgram, program.DetailedProgramName));
            }
            if (units.TryGetValue(program.UnitProgram, out var u))
            {
                if (u.Policy != program.PolicyProgram)
                {
                    problems.Add(new(i, StructureFields.PolicyProgram, StructureMessages.ParentDiffers("단위사업", program.UnitProgram.Value, "정책사업", u.Policy.Value, program.PolicyProgram.Value)));
                }
                else if (u.Name != program.UnitProgramName)
                {
                    problems.Add(new(i, StructureFields.UnitProgramName, StructureMessages.NameDiffers("단위사업", program.UnitProgram.Value, u.Name)));
                }
            }
            else
            {
                units.Add(program.UnitProgram, (program.PolicyProgram, program.UnitProgramName));
            }
            if (policies.TryGetValue(program.PolicyProgram, out var p))
            {
                if (p.Sector != program.Sector)
                {
                    problems.Add(new(i, StructureFields.Sector, StructureMessages.ParentDiffers("정책사업", program.PolicyProgram.Value, "부문", p.Sector.ToString(), program.Sector.ToString())));
                }
                else if (p.Name != program.PolicyProgramName)
                {
                    problems.Add(new(i, StructureFields.PolicyProgramName, StructureMessages.NameDiffers("정책사업", program.PolicyProgram.Value, p.Name)));
                }
            }
            else
            {
                policies.Add(program.PolicyProgram, (program.Sector, program.PolicyProgramName));
            }
        }
        return problems;
    }
}
