using System.Globalization;
using System.Text;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;
using F = LoFin.Domain.Budget.Structure.StructureFields;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// The revenue budget as CSV: one line per 회계 and 세입과목 (항-목, e.g. 111-01) with the 목's
/// name and amount. 장 (its name) is written for people and not read back: the code carries it.
/// </summary>
public static class RevenueCsv
{
    public static readonly IReadOnlyList<string> Header = [F.FiscalYear, F.Account, F.RevenueChapter, F.RevenueCode, F.RevenueName, F.Amount];

    public static string Write(int fiscalYear, IReadOnlyList<RevenueLine> lines)
    {
        var output = new StringBuilder(80 * (lines.Count + 1));
        CsvText.AppendRecord(output, Header);
        foreach (var line in lines)
        {
            CsvText.AppendRecord(output,
            [
                fiscalYear.ToString(CultureInfo.InvariantCulture), line.Account.ToString(), BudgetNames.Of(line.Code.Chapter), line.Code.ToString(),
                line.Name, line.AmountWon.ToString(CultureInfo.InvariantCulture),
            ]);
        }
        return output.ToString();
    }

    public static CsvReadResult<IReadOnlyList<RevenueLine>> Read(string text, int fiscalYear, IReadOnlyCollection<FiscalAccount> accounts)
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
        var lines = new List<RevenueLine>();
        var lineNumbers = new List<int>();
        var yearText = fiscalYear.ToString(CultureInfo.InvariantCulture);
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
            if (read.Text(F.FiscalYear) != yearText)
            {
                read.Error(F.FiscalYear, $"회계연도가 {fiscalYear}이어야 합니다.");
            }
            var account = read.Parse<FiscalAccount>(F.Account, FiscalAccount.TryParse);
            var code = read.Parse<RevenueCode>(F.RevenueCode, RevenueCode.TryParse);
            var name = read.Text(F.RevenueName);
            var amount = read.Won(F.Amount);
            if (errors.Count > before || account is null || code is null || amount is null)
            {
                continue;
            }
            lines.Add(new RevenueLine(account.Value, code.Value, name, amount.Value));
            lineNumbers.Add(record.Line);
        }
        if (errors.Count == 0)
        {
            foreach (var problem in BudgetStructureRules.CheckRevenue(accounts, lines).Take(CsvLimits.MaxErrors))
            {
                errors.Add(new CsvError(lineNumbers[problem.LineIndex], problem.Field, problem.Message));
            }
        }
        return errors.Count > 0 ? new(null, [.. errors.OrderBy(e => e.Line).Take(CsvLimits.MaxErrors)]) : new(lines, []);
    }
}
