using System.Diagnostics.CodeAnalysis;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments.Bank;

/// <summary>
/// The rule for every id the app sends to the bank (batch id, transfer id, virtual account reference
/// id): the 5-digit tenant code, <c>-</c>, then the rest, e.g. <c>11000-PB-20260302-0001</c>. The bank
/// echoes these ids in its webhooks, so the prefix is how an incoming event finds its tenant's
/// partition without a national lookup table. The whole id obeys the bank's charset
/// (<c>A-Z a-z 0-9 . _ : -</c>, 1–64 characters, starting with a letter or digit).
/// </summary>
public static class BankReferenceIds
{
    public const int MaxLength = 64;

    private const int TenantCodeLength = 5;

    /// <summary>The tenant code and the separator.</summary>
    private const int PrefixLength = TenantCodeLength + 1;

    /// <summary>Builds <c>{tenant}-{suffix}</c>; throws when the result would not be a valid bank id.</summary>
    public static string Create(TenantId tenant, string suffix)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("A bank id needs a tenant.", nameof(tenant));
        }
        ArgumentException.ThrowIfNullOrEmpty(suffix);
        var id = tenant.Value + "-" + suffix;
        if (!IsWellFormed(id))
        {
            throw new ArgumentException($"'{id}' is not a bank id: at most {MaxLength} characters of A-Z a-z 0-9 . _ : -.", nameof(suffix));
        }
        return id;
    }

    /// <summary>Whether the bank accepts <paramref name="id"/> as a client id (tenant prefix not required).</summary>
    public static bool IsWellFormed([NotNullWhen(true)] string? id)
    {
        if (id is not { Length: > 0 and <= MaxLength } || !char.IsAsciiLetterOrDigit(id[0]))
        {
            return false;
        }
        foreach (var c in id)
        {
            if (!(char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or ':' or '-'))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The tenant an id belongs to, when it is a well-formed bank id with a tenant prefix and something after it.</summary>
    public static bool TryGetTenant([NotNullWhen(true)] string? id, out TenantId tenant)
    {
        tenant = default;
        if (!IsWellFormed(id) || id.Length <= PrefixLength || id[TenantCodeLength] != '-')
        {
            return false;
        }
        return TenantId.TryParse(id[..TenantCodeLength], out tenant);
    }
}
