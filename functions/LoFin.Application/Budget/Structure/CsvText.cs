using System.Text;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// RFC 4180 CSV: comma-separated, double-quoted fields with "" for a quote, CRLF between records
/// (LF alone is read too). Writing puts a UTF-8 byte-order mark first, because Excel reads a file
/// without one in the system code page and shows Korean as mojibake.
/// </summary>
public static class CsvText
{
    public static readonly Encoding Utf8WithBom = new UTF8Encoding(encoderShouldEmitUTF8Identifier: true);

    /// <summary>Splits <paramref name="text"/> into records; a malformed quote is an error on its line and stops reading.</summary>
    public static (IReadOnlyList<CsvRecord> Records, CsvError? Error) Parse(string text)
    {
        var records = new List<CsvRecord>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var start = 0;
        if (text.Length > 0 && text[0] == '\uFEFF')
        {
            start = 1;
        }
        var line = 1;
        var recordLine = 1;
        var inQuotes = false;
        var quotedField = false;
        var afterQuote = false;
        for (var i = start; i < text.Length; i++)
        {
            var c = text[i];
            if (inQuotes)
            {
                if (c == '"')
                {
                    if (i + 1 < text.Length && text[i + 1] == '"')
                    {
                        field.Append('"');
                        i++;
                    }
                    else
                    {
                        inQuotes = false;
                        afterQuote = true;
                    }
                }
                else
                {
                    if (c == '\n')
                    {
                        line++;
                    }
                    field.Append(c);
                }
                continue;
            }
            switch (c)
            {
                case ',':
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = afterQuote = false;
                    break;
                case '\r' or '\n':
                    if (c == '\r' && i + 1 < text.Length && text[i + 1] == '\n')
                    {
                        i++;
                    }
                    fields.Add(field.ToString());
                    field.Clear();
                    quotedField = afterQuote = false;
                    if (!(fields.Count == 1 && fields[0].Length == 0))
                    {
                        records.Add(new CsvRecord(recordLine, fields));
                    }
                    fields = [];
                    line++;
                    recordLine = line;
                    break;
                case '"':
                    if (field.Length > 0 || quotedField)
                    {
                        return (records, new CsvError(line, ColumnAt(records, fields.Count), "따옴표(\")가 필드 중간에 있습니다. 따옴표가 든 값은 전체를 따옴표로 감싸고 안의 따옴표는 두 번(\"\") 쓰세요."));
                    }
                    inQuotes = quotedField = true;
                    break;
                default:
                    if (afterQuote)
                    {
                        return (records, new CsvError(line, ColumnAt(records, fields.Count), "닫는 따옴표 뒤에 쉼표나 줄바꿈이 와야 합니다."));
                    }
                    field.Append(c);
                    break;
            }
        }
        if (inQuotes)
        {
            return (records, new CsvError(recordLine, ColumnAt(records, fields.Count), "따옴표가 닫히지 않았습니다."));
        }
        fields.Add(field.ToString());
        if (!(fields.Count == 1 && fields[0].Length == 0))
        {
            records.Add(new CsvRecord(recordLine, fields));
        }
        return (records, null);
    }

    /// <summary>Appends one record, quoting a field only when it holds a comma, a quote or a line break.</summary>
    public static void AppendRecord(StringBuilder output, IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                output.Append(',');
            }
            var value = fields[i];
            if (value.AsSpan().IndexOfAny(",\"\r\n") >= 0)
            {
                output.Append('"').Append(value.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"');
            }
            else
            {
                output.Append(value);
            }
        }
        output.Append("\r\n");
    }

    // The header names the columns; before it is read (or past its end) the position is all there is.
    private static string ColumnAt(List<CsvRecord> records, int index) =>
        records.Count > 0 && index < records[0].Fields.Count ? records[0].Fields[index] : $"{index + 1}번째 열";
}
