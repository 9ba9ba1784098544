namespace LoFin.Application.Budget.Structure;

/// <summary>The first record must be the expected header, column for column: a file for another purpose is refused at line 1.</summary>
internal static class CsvHeader
{
    public static bool Check(IReadOnlyList<CsvRecord> records, IReadOnlyList<string> header, List<CsvError> errors)
    {
        if (records.Count == 0)
        {
            errors.Add(new CsvError(1, header[0], "파일이 비어 있습니다. 첫 줄에 머리글이 있어야 합니다."));
            return false;
        }
        if (records.Count - 1 > CsvLimits.MaxRecords)
        {
            errors.Add(new CsvError(records[CsvLimits.MaxRecords + 1].Line, header[0], $"과목은 한 파일에 {CsvLimits.MaxRecords:N0}줄까지 가져올 수 있습니다."));
            return false;
        }
        var fields = records[0].Fields;
        for (var i = 0; i < header.Count; i++)
        {
            var found = i < fields.Count ? fields[i].Trim() : null;
            if (found != header[i])
            {
                errors.Add(new CsvError(1, header[i],
                    $"{i + 1}번째 머리글이 '{header[i]}'이어야 합니다{(found is null ? " (없음)" : $" ('{found}')")}. 머리글: {string.Join(",", header)}"));
                return false;
            }
        }
        if (fields.Count > header.Count)
        {
            errors.Add(new CsvError(1, fields[header.Count], $"머리글은 {header.Count}개여야 합니다. 남는 열을 지우세요."));
            return false;
        }
        return true;
    }
}
