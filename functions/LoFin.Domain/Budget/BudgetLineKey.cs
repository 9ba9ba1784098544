using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace LoFin.Domain.Budget;

/// <summary>
/// One expenditure budget line, the unit whose limits the execution ledger keeps:
/// 회계연도 / 회계 / 부서 / 세부사업 / 통계목. The department is in the key because allotment
/// (배정, 재배정) is made to the executing department, so each department's share of a
/// 세부사업 needs its own limit; the fiscal year is in it because each year's line is a new
/// ledger (carry-over opens a line in the next year). The 분야 → 단위사업 levels are not: the
/// 세부사업 belongs to exactly one of each, which the tenant's budget structure records. The
/// tenant is not either: it is the partition every document already lives in (ADR 0013).
/// Text form: <c>2026/100/6110000/D-0001/201-01</c>.
/// </summary>
public readonly record struct BudgetLineKey
{
    public const int MinFiscalYear = 2000;
    public const int MaxFiscalYear = 2999;

    public BudgetLineKey(int fiscalYear, FiscalAccount account, DepartmentCode department, DetailedProgramId program, StatisticalItem item)
    {
        if (fiscalYear is < MinFiscalYear or > MaxFiscalYear)
        {
            throw new ArgumentOutOfRangeException(nameof(fiscalYear), fiscalYear, ClassificationMessages.FiscalYear(fiscalYear));
        }
        if (account.IsEmpty || department.IsEmpty || program.IsEmpty || item.IsEmpty)
        {
            throw new ArgumentException("A budget line key needs a 회계, a 부서, a 세부사업 and a 통계목.");
        }
        FiscalYear = fiscalYear;
        Account = account;
        Department = department;
        Program = program;
        Item = item;
    }

    public int FiscalYear { get; }

    public FiscalAccount Account { get; }

    public DepartmentCode Department { get; }

    public DetailedProgramId Program { get; }

    public StatisticalItem Item { get; }

    public bool IsEmpty => Account.IsEmpty;

    public static BudgetLineKey Parse(string text) =>
        TryParse(text, out var key, out var problem) ? key : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out BudgetLineKey key) => TryParse(text, out key, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out BudgetLineKey key, [NotNullWhen(false)] out string? problem)
    {
        key = default;
        var parts = text?.Split('/');
        if (parts is not { Length: 5 })
        {
            problem = ClassificationMessages.BudgetLineKey(text);
            return false;
        }
        var year = parts[0].Length == 4 ? CodeText.Digits(parts[0], 0, 4) : -1;
        if (year is < MinFiscalYear or > MaxFiscalYear)
        {
            problem = ClassificationMessages.BudgetLineKeyPart(text, ClassificationMessages.FiscalYear(year));
            return false;
        }
        if (!FiscalAccount.TryParse(parts[1], out var account, out var partProblem)
            || !DepartmentCode.TryParse(parts[2], out var department, out partProblem)
            || !DetailedProgramId.TryParse(parts[3], out var program, out partProblem)
            || !StatisticalItem.TryParse(parts[4], out var item, out partProblem))
        {
            problem = ClassificationMessages.BudgetLineKeyPart(text, partProblem);
            return false;
        }
        key = new BudgetLineKey(year, account, department, program, item);
        problem = null;
        return true;
    }

    public override string ToString() =>
        IsEmpty ? "" : string.Create(CultureInfo.InvariantCulture, $"{FiscalYear}/{Account}/{Department}/{Program}/{Item}");
}
