namespace LoFin.Application.Documents;

/// <summary>
/// Limits every adapter enforces, taken from Cosmos DB so that what works on the
/// embedded store also works in Azure.
/// </summary>
public static class DocumentLimits
{
    public const int MaxIdLength = 255;
    public const int MaxDocumentBytes = 2 * 1024 * 1024;
    public const int MaxBatchOperations = 100;
    public const int MaxPageSize = 1000;

    /// <summary>Cosmos DB forbids these characters in ids.</summary>
    private static readonly char[] ForbiddenIdCharacters = ['/', '\\', '?', '#'];

    public static void ValidateId(string id)
    {
        ArgumentNullException.ThrowIfNull(id);
        if (id.Length == 0 || id.Length > MaxIdLength)
        {
            throw new ArgumentException($"Document id must be 1..{MaxIdLength} characters.", nameof(id));
        }
        if (id.IndexOfAny(ForbiddenIdCharacters) >= 0 || id.Any(char.IsControl))
        {
            throw new ArgumentException($"Document id '{id}' contains a character that is not allowed (/ \\ ? # or control).", nameof(id));
        }
    }

    public static int ValidatePageSize(int pageSize) =>
        pageSize is >= 1 and <= MaxPageSize
            ? pageSize
            : throw new ArgumentOutOfRangeException(nameof(pageSize), $"Page size must be 1..{MaxPageSize}.");
}
