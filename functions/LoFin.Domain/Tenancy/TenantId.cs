using System.Diagnostics.CodeAnalysis;

namespace LoFin.Domain.Tenancy;

/// <summary>
/// The local government (or the ministry) a piece of data belongs to: the 5-digit
/// 시군구 part of the 법정동코드. It is the partition key everywhere, so an empty
/// value is never a valid tenant: adapters refuse <c>default(TenantId)</c>.
/// </summary>
public readonly record struct TenantId
{
    /// <summary>행정안전부: the national tenant; its partition holds cross-government data.</summary>
    public static readonly TenantId National = new("00000");

    private readonly string? _value;

    private TenantId(string value) => _value = value;

    public string Value => _value ?? throw new InvalidOperationException("TenantId is empty: every command, document and message needs a tenant.");

    public bool IsEmpty => _value is null;

    public bool IsNational => _value == National._value;

    public static TenantId Parse(string value) =>
        TryParse(value, out var id) ? id : throw new FormatException($"'{value}' is not a tenant code: expected 5 digits.");

    public static bool TryParse([NotNullWhen(true)] string? value, out TenantId tenant)
    {
        tenant = default;
        if (value is not { Length: 5 } || !value.All(char.IsAsciiDigit))
        {
            return false;
        }
        tenant = new TenantId(value);
        return true;
    }

    public override string ToString() => _value ?? "";
}
