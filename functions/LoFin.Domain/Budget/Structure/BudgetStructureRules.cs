using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// Everything a year's structure must satisfy before any of it is stored: every line is of the
/// year, names a defined 회계 and 부서, appears once, has an amount within the limit, and the
/// programme tree is a tree. All problems are reported at once, so one correction round fixes a file.
/// </summary>
public static class BudgetStructureRules
{
    public const int MaxNameLength = 100;

    public static IReadOnlyList<StructureProblem> Check(
        int fiscalYear,
        IReadOnlyCollection<FiscalAccount> accounts,
        IReadOnlyCollection<DepartmentCode> departments,
        IReadOnlyList<ExpenditureLine> lines)
    {
        var problems = new List<StructureProblem>();
        var accountSet = accounts.ToHashSet();
        var departmentSet = departments.ToHashSet();
        var firstIndex = new Dictionary<BudgetLineKey, int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (line.Key.FiscalYear != fiscalYear)
            {
                problems.Add(new(i, StructureFields.FiscalYear, StructureMessages.OtherYear(line.Key.FiscalYear, fiscalYear)));
            }
            if (!accountSet.Contains(line.Key.Account))
            {
                problems.Add(new(i, StructureFields.Account, StructureMessages.AccountNotDefined(line.Key.Account)));
            }
            if (!departmentSet.Contains(line.Key.Department))
            {
                problems.Add(new(i, StructureFields.Department, StructureMessages.DepartmentNotDefined(line.Key.Department)));
            }
            if (!firstIndex.TryAdd(line.Key, i))
            {
                problems.Add(new(i, StructureFields.DetailedProgram, StructureMessages.DuplicateLine(line.Key, firstIndex[line.Key])));
            }
            if (line.AmountWon > ExecutionLimits.MaxAmountWon)
            {
                problems.Add(new(i, StructureFields.Total, StructureMessages.TooLarge(ExecutionLimits.MaxAmountWon)));
            }
            CheckName(problems, i, StructureFields.PolicyProgramName, line.Program.PolicyProgramName);
            CheckName(problems, i, StructureFields.UnitProgramName, line.Program.UnitProgramName);
            CheckName(problems, i, StructureFields.DetailedProgramName, line.Program.DetailedProgramName);
        }
        problems.AddRange(ProgramMustHaveOneParent.Check(lines));
        return problems;
    }

    public static IReadOnlyList<StructureProblem> CheckRevenue(IReadOnlyCollection<FiscalAccount> accounts, IReadOnlyList<RevenueLine> lines)
    {
        var problems = new List<StructureProblem>();
        var accountSet = accounts.ToHashSet();
        var firstIndex = new Dictionary<(FiscalAccount, RevenueCode), int>(lines.Count);
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i];
            if (!accountSet.Contains(line.Account))
            {
                problems.Add(new(i, StructureFields.Account, StructureMessages.AccountNotDefined(line.Account)));
            }
            if (!firstIndex.TryAdd((line.Account, line.Code), i))
            {
                problems.Add(new(i, StructureFields.RevenueCode, StructureMessages.DuplicateRevenue(line.Account, line.Code, firstIndex[(line.Account, line.Code)])));
            }
            if (line.AmountWon < 0)
            {
                problems.Add(new(i, StructureFields.Amount, StructureMessages.NegativeAmount));
            }
            else if (line.AmountWon > ExecutionLimits.MaxAmountWon)
            {
                problems.Add(new(i, StructureFields.Amount, StructureMessages.TooLarge(ExecutionLimits.MaxAmountWon)));
            }
            CheckName(problems, i, StructureFields.RevenueName, line.Name);
        }
        return problems;
    }

    /// <summary>Null when <paramref name="name"/> is a usable name (1–100 characters, not blank), else the message.</summary>
    public static string? CheckName(string level, string? name) =>
        string.IsNullOrWhiteSpace(name) || name.Length > MaxNameLength ? StructureMessages.NameRequired(level, MaxNameLength) : null;

    private static void CheckName(List<StructureProblem> problems, int index, string field, string name)
    {
        if (CheckName(field, name) is { } message)
        {
            problems.Add(new(index, field, message));
        }
    }
}
