using System.Globalization;

namespace LoFin.Application.Budget.Structure;

/// <summary>Reads the fields of one record by header name, collecting an error per bad cell.</summary>
internal sealed class CsvFieldReader(CsvRecord record, IReadOnlyDictionary<string, int> columns, List<CsvError> errors)
{
    public int Line => record.Line;

    public string Text(string column)
    {
        var value = record.Fields[columns[column]].Trim();
        if (value.Length > CsvLimits.MaxFieldLength)
        {
            Error(column, $"값이 {CsvLimits.MaxFieldLength}자를 넘습니다.");
            return value[..CsvLimits.MaxFieldLength];
        }
        return value;
    }

    public T? Parse<T>(string column, TryParser<T> parse) where T : struct
    {
        if (parse(Text(column), out var value, out var problem))
        {
            return value;
        }
        Error(column, problem!);
        return null;
    }

    /// <summary>Whole won, digits with optional thousands separators (as Excel may write them); empty is 0.</summary>
    public long? Won(string column)
    {
        var text = Text(column).Replace(",", "", StringComparison.Ordinal);
        if (text.Length == 0)
        {
            return 0;
        }
        if (text.All(char.IsAsciiDigit) && long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var won))
        {
            return won;
        }
        Error(column, $"금액은 0 이상의 원 단위 정수여야 합니다 ('{Shorten(text)}').");
        return null;
    }

    public void Error(string column, string message) => errors.Add(new CsvError(record.Line, column, message));

    private static string Shorten(string text) => text.Length <= 30 ? text : text[..30] + "…";

    public delegate bool TryParser<T>(string? text, out T value, out string? problem);
}
