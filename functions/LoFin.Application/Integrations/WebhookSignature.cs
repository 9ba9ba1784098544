using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace LoFin.Application.Integrations;

/// <summary>
/// HMAC-signed webhooks with a timestamp and a replay window (ARCHITECTURE rule 9), shared by
/// the senders (the bank simulator) and the receivers (the app). Pure code: no I/O, time from
/// the caller's <see cref="TimeProvider"/>.
/// <para>
/// Scheme <c>v1</c>: the timestamp is the sending instant in Unix seconds, written as decimal
/// digits. The signature is HMAC-SHA256 with the UTF-8 bytes of the shared secret as key over
/// the ASCII timestamp, one <c>.</c>, and the raw body bytes exactly as sent (never a re-serialised
/// body). It travels as <c>v1=</c> followed by 64 lower-case hex digits; several entries separated
/// by commas are allowed so a sender can sign with an old and a new secret while it is rotated.
/// </para>
/// <para>
/// Because the timestamp is inside the HMAC, a captured delivery cannot be re-dated; because
/// deliveries older than the window are refused, it cannot be replayed later. Within the window a
/// receiver still sees duplicates (the sender retries), so it must also ignore event ids it has
/// already handled.
/// </para>
/// </summary>
public static class WebhookSignature
{
    public const string TimestampHeader = "X-LoFin-Webhook-Timestamp";
    public const string SignatureHeader = "X-LoFin-Webhook-Signature";

    /// <summary>Not part of the signature itself: the event id is also in the signed body, which is what a receiver should trust.</summary>
    public const string EventIdHeader = "X-LoFin-Webhook-Event-Id";

    public const string SchemePrefix = "v1=";

    /// <summary>A shorter secret can be guessed offline from one captured delivery.</summary>
    public const int MinimumSecretBytes = 16;

    private const int HmacBytes = 32;

    // Ten digits reach the year 2286; two more leave room without admitting absurd input.
    private const int MaxTimestampDigits = 12;

    private const int MaxSignatureHeaderLength = 1024;

    public static WebhookSignatureHeaders Sign(ReadOnlySpan<byte> body, string secret, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(time);
        var timestamp = time.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        return new WebhookSignatureHeaders(timestamp, Compute(body, secret, timestamp));
    }

    /// <summary>The <c>v1=</c> signature of <paramref name="body"/> sent at <paramref name="timestamp"/> (Unix seconds).</summary>
    public static string Compute(ReadOnlySpan<byte> body, string secret, string timestamp)
    {
        Span<byte> mac = stackalloc byte[HmacBytes];
        Mac(body, KeyOf(secret), timestamp, mac);
        return SchemePrefix + Convert.ToHexStringLower(mac);
    }

    /// <summary>
    /// Checks a delivery against every secret the receiver currently accepts (more than one while
    /// a secret is rotated). The comparison takes the same time however many leading bytes match.
    /// </summary>
    public static WebhookVerification Verify(
        ReadOnlySpan<byte> body,
        string? timestampHeader,
        string? signatureHeader,
        IReadOnlyList<string> secrets,
        TimeProvider time,
        WebhookReplayWindow? window = null)
    {
        ArgumentNullException.ThrowIfNull(secrets);
        ArgumentNullException.ThrowIfNull(time);
        if (secrets.Count == 0)
        {
            throw new ArgumentException("At least one secret is needed to verify a webhook.", nameof(secrets));
        }
        window ??= WebhookReplayWindow.Default;

        if (string.IsNullOrEmpty(timestampHeader))
        {
            return WebhookVerification.MissingTimestamp;
        }
        if (!TryParseTimestamp(timestampHeader, out var sentAtSeconds))
        {
            return WebhookVerification.MalformedTimestamp;
        }
        var nowSeconds = time.GetUtcNow().ToUnixTimeSeconds();
        if (nowSeconds - sentAtSeconds > (long)window.MaxAge.TotalSeconds)
        {
            return WebhookVerification.Stale;
        }
        if (sentAtSeconds - nowSeconds > (long)window.MaxClockSkew.TotalSeconds)
        {
            return WebhookVerification.FromTheFuture;
        }

        if (string.IsNullOrEmpty(signatureHeader))
        {
            return WebhookVerification.MissingSignature;
        }
        if (signatureHeader.Length > MaxSignatureHeaderLength)
        {
            return WebhookVerification.MalformedSignature;
        }

        Span<byte> expected = stackalloc byte[HmacBytes];
        Span<byte> presented = stackalloc byte[HmacBytes];
        var sawWellFormed = false;
        foreach (var entry in signatureHeader.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!TryDecode(entry, presented))
            {
                continue;
            }
            sawWellFormed = true;
            foreach (var secret in secrets)
            {
                Mac(body, KeyOf(secret), timestampHeader, expected);
                if (CryptographicOperations.FixedTimeEquals(expected, presented))
                {
                    return WebhookVerification.Valid;
                }
            }
        }
        return sawWellFormed ? WebhookVerification.SignatureMismatch : WebhookVerification.MalformedSignature;
    }

    private static byte[] KeyOf(string secret)
    {
        ArgumentNullException.ThrowIfNull(secret);
        var key = Encoding.UTF8.GetBytes(secret);
        if (key.Length < MinimumSecretBytes)
        {
            throw new ArgumentException($"A webhook secret is at least {MinimumSecretBytes} bytes in UTF-8.", nameof(secret));
        }
        return key;
    }

    private static void Mac(ReadOnlySpan<byte> body, byte[] key, string timestamp, Span<byte> destination)
    {
        using var hmac = IncrementalHash.CreateHMAC(HashAlgorithmName.SHA256, key);
        hmac.AppendData(Encoding.ASCII.GetBytes(timestamp));
        hmac.AppendData("."u8);
        hmac.AppendData(body);
        hmac.GetHashAndReset(destination);
    }

    private static bool TryParseTimestamp(string text, out long seconds)
    {
        seconds = 0;
        // Digits only: no sign, no spaces, no exponent, so one instant has exactly one signed form.
        if (text.Length > MaxTimestampDigits || !text.All(char.IsAsciiDigit))
        {
            return false;
        }
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out seconds);
    }

    private static bool TryDecode(string entry, Span<byte> destination)
    {
        if (!entry.StartsWith(SchemePrefix, StringComparison.Ordinal) || entry.Length != SchemePrefix.Length + HmacBytes * 2)
        {
            return false;
        }
        var hex = entry.AsSpan(SchemePrefix.Length);
        return Convert.FromHexString(hex, destination, out _, out var written) == System.Buffers.OperationStatus.Done && written == HmacBytes;
    }
}
