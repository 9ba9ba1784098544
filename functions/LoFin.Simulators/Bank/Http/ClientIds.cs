using System.Text.RegularExpressions;

namespace LoFin.Simulators.Bank.Http;

/// <summary>
/// Ids the client makes (batch, transfer, reference and deposit ids): 1 to 64 letters, digits
/// and <c>. _ : -</c>, starting with a letter or digit. Enough for a ULID, a GUID or
/// "11000-2026-PO-000123"; nothing that needs escaping in a URL path.
/// </summary>
public static partial class ClientIds
{
    public const int MaxLength = 64;

    public const string Rule = "영문자·숫자와 . _ : - 로 된 1~64자이며 영문자나 숫자로 시작합니다.";

    public static bool IsWellFormed(string? id) => id is not null && Pattern().IsMatch(id);

    [GeneratedRegex("^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$", RegexOptions.CultureInvariant)]
    private static partial Regex Pattern();
}
