using System.Globalization;
using System.Text;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;
using F = LoFin.Domain.Budget.Structure.StructureFields;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// The expenditure budget as CSV, one line per 예산 과목 (회계/부서/세부사업/통계목) with its
/// programme tree and amounts by 재원. The header is Korean, as officials keep it in Excel.
/// 분야, 통계목명 and 합계 are there for people: 분야 must match the 부문, 합계 the sum of the
/// 재원 (when given), and 통계목명 is not read.
/// </summary>
public static class ExpenditureCsv
{
    public static readonly IReadOnlyList<string> Header =
    [
        F.FiscalYear, F.Account, F.AccountName, F.Department, F.DepartmentName, F.Field, F.Sector,
        F.PolicyProgram, F.PolicyProgramName, F.UnitProgram, F.UnitProgramName, F.DetailedProgram, F.DetailedProgramName,
        F.Item, F.ItemName, F.National, F.Provincial, F.Municipal, F.Other, F.Total,
    ];

    public static string Write(ExpenditureFile file)
    {
        var accountNames = file.Accounts.ToDictionary(a => a.Account, a => a.Name);
        var departmentNames = file.Departments.ToDictionary(d => d.Department, d => d.Name);
        var output = new StringBuilder(256 * (file.Lines.Count + 1));
        CsvText.AppendRecord(output, Header);
        foreach (var line in file.Lines)
        {
            var key = line.Key;
            var program = line.Program;
            CsvText.AppendRecord(output,
            [
                key.FiscalYear.ToString(CultureInfo.InvariantCulture), key.Account.ToString(), accountNames.GetValueOrDefault(key.Account, ""),
                key.Department.ToString(), departmentNames.GetValueOrDefault(key.Department, ""), program.Field.ToString(), program.Sector.ToString(),
                program.PolicyProgram.Value, program.PolicyProgramName, program.UnitProgram.Value, program.UnitProgramName,
                key.Program.Value, program.DetailedProgramName, key.Item.ToString(), key.Item.Name ?? "",
                Won(line.Funding.NationalWon), Won(line.Funding.ProvincialWon), Won(line.Funding.MunicipalWon), Won(line.Funding.OtherWon),
                Won(line.Funding.TotalWon),
            ]);
        }
        return output.ToString();
    }

    /// <summary>Reads a whole file for <paramref name="fiscalYear"/>; any error and the result has no value.</summary>
    public static CsvReadResult<ExpenditureFile> Read(string text, int fiscalYear)
    {
        var (records, parseError) = CsvText.Parse(text);
        var errors = new List<CsvError>();
        if (parseError is not null)
        {
            errors.Add(parseError);
        }
        if (!CsvHeader.Check(records, Header, errors) || errors.Count > 0)
        {
            return new(null, errors);
        }
        var columns = Header.Select((name, index) => (name, index)).ToDictionary(c => c.name, c => c.index);
        var accounts = new Dictionary<FiscalAccount, string>();
        var departments = new Dictionary<DepartmentCode, string>();
        var lines = new List<ExpenditureLine>(records.Count - 1);
        var lineNumbers = new List<int>(records.Count - 1);
        for (var r = 1; r < records.Count && errors.Count < CsvLimits.MaxErrors; r++)
        {
            var record = records[r];
            if (record.Fields.Count != Header.Count)
            {
                errors.Add(new CsvError(record.Line, Header[Math.Min(record.Fields.Count, Header.Count - 1)],
                    $"열이 {record.Fields.Count}개입니다. 머리글과 같은 {Header.Count}개여야 합니다."));
                continue;
            }
            var before = errors.Count;
            var read = new CsvFieldReader(record, columns, errors);
            var year = read.Parse<int>(F.FiscalYear, TryParseYear);
            var account = read.Parse<FiscalAccount>(F.Account, FiscalAccount.TryParse);
            var accountName = Name(read, F.AccountName);
            var department = read.Parse<DepartmentCode>(F.Department, DepartmentCode.TryParse);
            var departmentName = Name(read, F.DepartmentName);
            var field = read.Parse<FunctionalField>(F.Field, FunctionalField.TryParse);
            var sector = read.Parse<FunctionalSector>(F.Sector, FunctionalSector.TryParse);
            var policy = read.Parse<PolicyProgramId>(F.PolicyProgram, PolicyProgramId.TryParse);
            var policyName = Name(read, F.PolicyProgramName);
            var unit = read.Parse<UnitProgramId>(F.UnitProgram, UnitProgramId.TryParse);
            var unitName = Name(read, F.UnitProgramName);
            var detailed = read.Parse<DetailedProgramId>(F.DetailedProgram, DetailedProgramId.TryParse);
            var detailedName = Name(read, F.DetailedProgramName);
            var item = read.Parse<StatisticalItem>(F.Item, StatisticalItem.TryParse);
            var national = read.Won(F.National);
            var provincial = read.Won(F.Provincial);
            var municipal = read.Won(F.Municipal);
            var other = read.Won(F.Other);
            var total = read.Text(F.Total).Length == 0 ? null : read.Won(F.Total);
            if (field is { } f && sector is { } s && s.CheckBelongsTo(f) is { } outside)
            {
                read.Error(F.Sector, outside);
            }
            FundingSplit funding = default;
            if (national is { } n && provincial is { } p && municipal is { } m && other is { } o)
            {
                if (!FundingSplit.TryCreate(n, p, m, o, out funding, out var fundingProblem))
                {
                    read.Error(F.Total, fundingProblem);
                }
                else if (total is { } t && t != funding.TotalWon)
                {
                    read.Error(F.Total, $"합계({t:N0}원)가 국비·시도비·시군구비·기타의 합({funding.TotalWon:N0}원)과 다릅니다.");
                }
            }
            if (account is { } a && accountName is not null && !Remember(accounts, a, accountName))
            {
                read.Error(F.AccountName, $"회계 {a}의 이름이 앞선 줄('{accounts[a]}')과 다릅니다.");
            }
            if (department is { } d && departmentName is not null && !Remember(departments, d, departmentName))
            {
                read.Error(F.DepartmentName, $"부서 {d}의 이름이 앞선 줄('{departments[d]}')과 다릅니다.");
            }
            if (errors.Count > before || year is not { } y || account is null || department is null || sector is null
                || policy is null || unit is null || detailed is null || item is null || policyName is null || unitName is null || detailedName is null)
            {
                continue;
            }
            if (y is < BudgetLineKey.MinFiscalYear or > BudgetLineKey.MaxFiscalYear)
            {
                read.Error(F.FiscalYear, $"회계연도가 올바르지 않습니다 ({y}).");
                continue;
            }
            var key = new BudgetLineKey(y, account.Value, department.Value, detailed.Value, item.Value);
            lines.Add(new ExpenditureLine(key, new ProgramHierarchy(sector.Value, policy.Value, policyName, unit.Value, unitName, detailedName), funding));
            lineNumbers.Add(record.Line);
        }
        if (errors.Count == 0)
        {
            foreach (var problem in BudgetStructureRules.Check(fiscalYear, [.. accounts.Keys], [.. departments.Keys], lines).Take(CsvLimits.MaxErrors))
            {
                errors.Add(new CsvError(lineNumbers[problem.LineIndex], problem.Field, problem.Message));
            }
        }
        if (errors.Count > 0)
        {
            return new(null, [.. errors.OrderBy(e => e.Line).Take(CsvLimits.MaxErrors)]);
        }
        return new(new ExpenditureFile(
            [.. accounts.OrderBy(a => a.Key.Code).Select(a => new NamedAccount(a.Key, a.Value))],
            [.. departments.OrderBy(d => d.Key.Code).Select(d => new NamedDepartment(d.Key, d.Value))],
            lines), []);
    }

    private static string? Name(CsvFieldReader read, string column)
    {
        var text = read.Text(column);
        if (BudgetStructureRules.CheckName(column, text) is { } problem)
        {
            read.Error(column, problem);
            return null;
        }
        return text;
    }

    private static bool Remember<TKey>(Dictionary<TKey, string> names, TKey key, string name) where TKey : notnull =>
        names.TryAdd(key, name) || names[key] == name;

    private static bool TryParseYear(string? text, out int year, out string? problem)
    {
        if (text is { Length: 4 } && text.All(char.IsAsciiDigit))
        {
            year = int.Parse(text, CultureInfo.InvariantCulture);
            problem = null;
            return true;
        }
        year = 0;
        problem = $"회계연도는 4자리 숫자여야 합니다 (예: 2026).";
        return false;
    }

    private static string Won(long won) => won.ToString(CultureInfo.InvariantCulture);
}
