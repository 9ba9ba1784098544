namespace LoFin.Functions.Integrations.TreasuryBank;

/// <summary>
/// Settings section <c>Bank</c> (environment: <c>Bank__BaseUrl=…</c>): where the treasury bank's
/// firm-banking API is, the secret its webhooks are signed with, and how patiently to call it.
/// </summary>
public sealed record BankOptions
{
    public const string Section = "Bank";

    /// <summary>
    /// The simulator's development secret (<c>LoFin.Simulators.Bank.TreasuryBankOptions.DevelopmentWebhookSecret</c>),
    /// so a laptop's app and simulator agree with no setup. Anywhere else both are given a real one.
    /// </summary>
    public const string DevelopmentWebhookSecret = "lofin-local-treasury-bank-webhook-secret";

    public string BaseUrl { get; init; } = "http://127.0.0.1:7072/bank/v1";

    public string WebhookSecret { get; init; } = DevelopmentWebhookSecret;

    /// <summary>The secret being retired while the bank is switched to a new one; deliveries signed with either are accepted.</summary>
    public string? PreviousWebhookSecret { get; init; }

    /// <summary>One attempt's limit. A 1,000-transfer batch is answered in milliseconds; ten seconds means the bank is in trouble.</summary>
    public int RequestTimeoutMs { get; init; } = 10_000;

    /// <summary>Attempts in all for a call that fails in transport, times out or gets a 5xx (every call of this API is safe to repeat).</summary>
    public int MaxAttempts { get; init; } = 3;

    /// <summary>The wait before the second attempt; it doubles for each further one.</summary>
    public int FirstRetryDelayMs { get; init; } = 200;

    public IReadOnlyList<string> WebhookSecrets =>
        PreviousWebhookSecret is { Length: > 0 } previous ? [WebhookSecret, previous] : [WebhookSecret];

    public void Validate()
    {
        if (!Uri.TryCreate(BaseUrl, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https"))
        {
            throw new InvalidOperationException($"Bank:BaseUrl '{BaseUrl}' is not an absolute http(s) URL.");
        }
        foreach (var secret in WebhookSecrets)
        {
            if (System.Text.Encoding.UTF8.GetByteCount(secret) < Application.Integrations.WebhookSignature.MinimumSecretBytes)
            {
                throw new InvalidOperationException($"Bank:WebhookSecret must be at least {Application.Integrations.WebhookSignature.MinimumSecretBytes} bytes.");
            }
        }
        if (RequestTimeoutMs is < 100 or > 300_000 || MaxAttempts is < 1 or > 10 || FirstRetryDelayMs is < 0 or > 60_000)
        {
            throw new InvalidOperationException("Bank:RequestTimeoutMs is 100–300000, MaxAttempts 1–10, FirstRetryDelayMs 0–60000.");
        }
    }
}
