namespace LoFin.Domain.Budget;

/// <summary>
/// Reading fixed-width ASCII digit codes without allocating (codes arrive from CSV files and URLs).
/// </summary>
internal static class CodeText
{
    /// <summary>
    /// The value of <paramref name="length"/> ASCII digits at <paramref name="start"/>, or -1.
    /// </summary>
    public static int Digits(ReadOnlySpan<char> text, int start, int length)
    {
        if (start < 0 || start + length > text.Length)
        {
            return -1;
        }
        var value = 0;
        for (var i = start; i < start + length; i++)
        {
            var c = text[i];
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }
            value = (value * 10) + (c - '0');
        }
        return value;
    }

    /// <summary>
    /// Quotes caller input for a message, shortened so a pasted file cannot flood a response.
    /// </summary>
    public static string Quote(string? text) => text is null ? "(없음)" : text.Length <= 40 ? $"'{text}'" : $"'{text[..40]}…'";
}
