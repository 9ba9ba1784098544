using System.Security.Cryptography;
using System.Text;
using LoFin.Application.Integrations;
using LoFin.Testing;
using Xunit;

namespace LoFin.Application.Tests.Integrations;

public sealed class WebhookSignatureTests
{
    private const string Secret = "bank-webhook-secret-for-tests-0001";
    private const string OtherSecret = "another-secret-nobody-shared-0002";

    private static readonly byte[] Body = Encoding.UTF8.GetBytes("""{"eventId":"EV1","type":"transfer.results","results":[{"transferId":"t-1","status":"Succeeded","amountWon":1500000}]}""");

    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 3, 2, 1, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Sign_WhenVerifiedWithSameSecret_IsValid()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Equal(WebhookVerification.Valid, Verify(Body, headers));
    }

    [Fact]
    public void Sign_WhenCalled_UsesUnixSecondsAndLowerCaseHex()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Equal(_clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture), headers.Timestamp);
        Assert.Matches("^v1=[0-9a-f]{64}$", headers.Signature);
    }

    [Fact]
    public void Compute_WhenCheckedAgainstPlainHmac_SignsTimestampDotBody()
    {
        // The documented scheme, computed independently, so a receiver in another language can follow it.
        var signed = Encoding.ASCII.GetBytes("1772413200.").Concat(Body).ToArray();
        var expected = "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(Secret), signed));

        Assert.Equal(expected, WebhookSignature.Compute(Body, Secret, "1772413200"));
    }

    [Fact]
    public void Verify_WhenBodyTampered_IsSignatureMismatch()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        var tampered = Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(Body).Replace("1500000", "9500000", StringComparison.Ordinal));

        Assert.Equal(WebhookVerification.SignatureMismatch, Verify(tampered, headers));
    }

    [Fact]
    public void Verify_WhenOneByteAppended_IsSignatureMismatch()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Equal(WebhookVerification.SignatureMismatch, Verify([.. Body, (byte)' '], headers));
    }

    [Fact]
    public void Verify_WhenSignedWithAnotherSecret_IsSignatureMismatch()
    {
        var headers = WebhookSignature.Sign(Body, OtherSecret, _clock);

        Assert.Equal(WebhookVerification.SignatureMismatch, Verify(Body, headers));
    }

    [Fact]
    public void Verify_WhenTimestampChangedAfterSigning_IsSignatureMismatch()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        var redated = headers with { Timestamp = (long.Parse(headers.Timestamp, System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture) };

        Assert.Equal(WebhookVerification.SignatureMismatch, Verify(Body, redated));
    }

    [Fact]
    public void Verify_WhenOlderThanReplayWindow_IsStale()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));

        Assert.Equal(WebhookVerification.Stale, Verify(Body, headers));
    }

    [Fact]
    public void Verify_WhenExactlyAtEdgeOfReplayWindow_IsValid()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        _clock.Advance(TimeSpan.FromMinutes(5));

        Assert.Equal(WebhookVerification.Valid, Verify(Body, headers));
    }

    [Fact]
    public void Verify_WhenTimestampBeyondClockSkew_IsFromTheFuture()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        _clock.Advance(TimeSpan.FromMinutes(-2));

        Assert.Equal(WebhookVerification.FromTheFuture, Verify(Body, headers));
    }

    [Fact]
    public void Verify_WhenTimestampSlightlyAheadWithinSkew_IsValid()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        _clock.Advance(TimeSpan.FromSeconds(-30));

        Assert.Equal(WebhookVerification.Valid, Verify(Body, headers));
    }

    [Fact]
    public void Verify_WhenWindowIsCustom_UsesIt()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);
        _clock.Advance(TimeSpan.FromSeconds(31));

        var result = WebhookSignature.Verify(Body, headers.Timestamp, headers.Signature, [Secret], _clock, new WebhookReplayWindow(TimeSpan.FromSeconds(30), TimeSpan.Zero));

        Assert.Equal(WebhookVerification.Stale, result);
    }

    [Fact]
    public void Verify_WhenSecretIsBeingRotated_AcceptsEitherSecret()
    {
        var headers = WebhookSignature.Sign(Body, OtherSecret, _clock);

        Assert.Equal(WebhookVerification.Valid, WebhookSignature.Verify(Body, headers.Timestamp, headers.Signature, [Secret, OtherSecret], _clock));
    }

    [Fact]
    public void Verify_WhenHeaderCarriesOldAndNewSignatures_AcceptsTheOneThatMatches()
    {
        var old = WebhookSignature.Sign(Body, OtherSecret, _clock);
        var current = WebhookSignature.Sign(Body, Secret, _clock);

        var result = WebhookSignature.Verify(Body, current.Timestamp, $"{old.Signature}, {current.Signature}", [Secret], _clock);

        Assert.Equal(WebhookVerification.Valid, result);
    }

    [Theory]
    [InlineData(null, WebhookVerification.MissingTimestamp)]
    [InlineData("", WebhookVerification.MissingTimestamp)]
    [InlineData("-1", WebhookVerification.MalformedTimestamp)]
    [InlineData("+1772413200", WebhookVerification.MalformedTimestamp)]
    [InlineData("1772413200.5", WebhookVerification.MalformedTimestamp)]
    [InlineData(" 1772413200", WebhookVerification.MalformedTimestamp)]
    [InlineData("2026-03-02T01:00:00Z", WebhookVerification.MalformedTimestamp)]
    [InlineData("9999999999999", WebhookVerification.MalformedTimestamp)]
    public void Verify_WhenTimestampMissingOrMalformed_SaysSo(string? timestamp, WebhookVerification expected)
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Equal(expected, WebhookSignature.Verify(Body, timestamp, headers.Signature, [Secret], _clock));
    }

    [Theory]
    [InlineData(null, WebhookVerification.MissingSignature)]
    [InlineData("", WebhookVerification.MissingSignature)]
    [InlineData("sha256=abcd", WebhookVerification.MalformedSignature)]
    [InlineData("v1=xyz", WebhookVerification.MalformedSignature)]
    [InlineData("v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdeg", WebhookVerification.MalformedSignature)]
    [InlineData("v1=0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef", WebhookVerification.SignatureMismatch)]
    public void Verify_WhenSignatureMissingOrMalformed_SaysSo(string? signature, WebhookVerification expected)
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Equal(expected, WebhookSignature.Verify(Body, headers.Timestamp, signature, [Secret], _clock));
    }

    [Fact]
    public void Verify_WhenSignatureInUpperCaseHex_IsStillValid()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Equal(WebhookVerification.Valid, WebhookSignature.Verify(Body, headers.Timestamp, "v1=" + headers.Signature[3..].ToUpperInvariant(), [Secret], _clock));
    }

    [Fact]
    public void Sign_WhenSecretTooShort_Throws()
    {
        Assert.Throws<ArgumentException>(() => WebhookSignature.Sign(Body, "short", _clock));
    }

    [Fact]
    public void Verify_WhenNoSecretsGiven_Throws()
    {
        var headers = WebhookSignature.Sign(Body, Secret, _clock);

        Assert.Throws<ArgumentException>(() => WebhookSignature.Verify(Body, headers.Timestamp, headers.Signature, [], _clock));
    }

    private WebhookVerification Verify(byte[] body, WebhookSignatureHeaders headers) =>
        WebhookSignature.Verify(body, headers.Timestamp, headers.Signature, [Secret], _clock);
}
