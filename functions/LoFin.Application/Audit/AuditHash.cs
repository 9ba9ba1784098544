using System.Buffers.Binary;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Audit;

/// <summary>
/// The canonical form of an audit record and its SHA-256.
/// <para>
/// Canonical form, format 1: the concatenation of these fields, in this order:
/// the literal <c>lofin-audit</c>, format (decimal), tenant (5 digits), sequence (decimal,
/// no padding), occurredAt (UTC, <c>yyyy-MM-ddTHH:mm:ss.fffffffZ</c>), actor, the number of
/// actor roles (decimal) followed by each role, action, target, outcome, correlationId,
/// clientNetwork, previousHash. Each field is its UTF-8 bytes preceded by their count as a
/// 4-byte big-endian signed integer; an absent (null) field is the count -1 and no bytes.
/// Numbers and dates use the invariant culture. Because every field is length-prefixed and
/// the number of fields is fixed (the role count is itself a field), two different records
/// never have the same canonical form.
/// </para>
/// <para>
/// The hash is the lower-case hex SHA-256 of the canonical form. The first record's previous
/// hash is the tenant's genesis hash, SHA-256 of the UTF-8 text <c>lofin-audit-genesis:1:{tenant}</c>,
/// so a chain moved to another partition is caught at its first record.
/// </para>
/// </summary>
public static class AuditHash
{
    public const int HexLength = 64;

    private const string Magic = "lofin-audit";
    private const string OccurredAtFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'";

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public static string Genesis(TenantId tenant) =>
        Hex(SHA256.HashData(StrictUtf8.GetBytes($"lofin-audit-genesis:{AuditRecord.CurrentFormat.ToString(CultureInfo.InvariantCulture)}:{tenant.Value}")));

    /// <summary>The hash the record should carry; its own <see cref="AuditRecord.Hash"/> is not read.</summary>
    public static string Compute(AuditRecord record) => Hex(SHA256.HashData(CanonicalBytes(record)));

    public static byte[] CanonicalBytes(AuditRecord record)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Format != AuditRecord.CurrentFormat)
        {
            throw new NotSupportedException($"Audit record format {record.Format} is not known; this build hashes format {AuditRecord.CurrentFormat}.");
        }
        using var buffer = new MemoryStream(512);
        Write(buffer, Magic);
        Write(buffer, Invariant(record.Format));
        Write(buffer, record.Tenant.Value);
        Write(buffer, Invariant(record.Sequence));
        Write(buffer, record.OccurredAt.UtcDateTime.ToString(OccurredAtFormat, CultureInfo.InvariantCulture));
        Write(buffer, record.Actor);
        var roles = record.ActorRoles ?? [];
        Write(buffer, Invariant(roles.Count));
        foreach (var role in roles)
        {
            Write(buffer, role);
        }
        Write(buffer, record.Action);
        Write(buffer, record.Target);
        Write(buffer, record.Outcome);
        Write(buffer, record.CorrelationId);
        Write(buffer, record.ClientNetwork);
        Write(buffer, record.PreviousHash);
        return buffer.ToArray();
    }

    private static string Invariant(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static void Write(MemoryStream buffer, string? value)
    {
        Span<byte> length = stackalloc byte[4];
        if (value is null)
        {
            BinaryPrimitives.WriteInt32BigEndian(length, -1);
            buffer.Write(length);
            return;
        }
        var bytes = StrictUtf8.GetBytes(value);
        BinaryPrimitives.WriteInt32BigEndian(length, bytes.Length);
        buffer.Write(length);
        buffer.Write(bytes);
    }

    private static string Hex(byte[] hash) => Convert.ToHexStringLower(hash);
}
