using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// The client-made id of one ledger operation (TigerBeetle's transfer id): made and saved by
/// the caller before it sends, so a retry after a timeout carries the same id and the ledger
/// can answer with the first outcome instead of doing the work twice. It also names what the
/// operation creates: a commitment, resolution or payment is referred to by the id of the
/// operation that made it. Printable ASCII without spaces, 1–64 characters, so an HTTP
/// <c>Idempotency-Key</c> or a UUID fits. The execution ledger checks uniqueness within a
/// line and the journal within a 회계; the application keeps ids unique per tenant.
/// </summary>
public readonly record struct OperationId
{
    public const int MaxLength = 64;

    private readonly string? _value;

    private OperationId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("OperationId is empty: every ledger operation needs a client-made id.");

    public bool IsEmpty => _value is null;

    public static OperationId Parse(string text) =>
        TryParse(text, out var id, out var problem) ? id : throw new FormatException(problem);

    public static bool TryParse([NotNullWhen(true)] string? text, out OperationId id) => TryParse(text, out id, out _);

    public static bool TryParse([NotNullWhen(true)] string? text, out OperationId id, [NotNullWhen(false)] out string? problem)
    {
        id = default;
        if (text is null || text.Length is 0 or > MaxLength || !IsPrintableAscii(text))
        {
            problem = ExecutionMessages.InvalidOperationId(text);
            return false;
        }
        id = new OperationId(text);
        problem = null;
        return true;
    }

    private static bool IsPrintableAscii(string text)
    {
        foreach (var c in text)
        {
            if (c is < '!' or > '~')
            {
                return false;
            }
        }
        return true;
    }

    public override string ToString() => _value ?? "";
}
