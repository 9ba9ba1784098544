namespace LoFin.Application.Budget.Structure;

/// <summary>
/// Limits on an imported budget file. 20,000 lines hold the largest 광역's budget book
/// (about 10,000 세부사업 × 통계목 lines); the errors are capped so a wrong file (another
/// format, the wrong sheet) gets a short answer instead of one message per cell.
/// </summary>
public static class CsvLimits
{
    public const int MaxBytes = 5 * 1024 * 1024;
    public const int MaxRecords = 20_000;
    public const int MaxErrors = 200;
    public const int MaxFieldLength = 500;
}
