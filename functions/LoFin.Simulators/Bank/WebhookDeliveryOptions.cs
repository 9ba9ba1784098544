namespace LoFin.Simulators.Bank;

/// <summary>
/// How webhooks are sent (<c>Sim:Bank:Webhooks</c>). A delivery that gets no 2xx is retried
/// after FirstRetryDelayMs, doubling up to MaxRetryDelayMs, until MaxAttempts; then it is given
/// up and the app must find the result with the status query, as with a lost webhook.
/// </summary>
public sealed class WebhookDeliveryOptions
{
    public int MaxAttempts { get; set; } = 8;

    public int FirstRetryDelayMs { get; set; } = 1_000;

    public int MaxRetryDelayMs { get; set; } = 60_000;

    public int TimeoutMs { get; set; } = 10_000;

    /// <summary>Deliveries in flight at once: enough to keep up with a fast receiver, few enough not to swamp a slow one.</summary>
    public int Concurrency { get; set; } = 8;

    /// <summary>Deliveries waiting (queued, held back or between retries). Past it, new events are dropped and counted.</summary>
    public int MaxPending { get; set; } = 100_000;

    public TimeSpan RetryDelay(int failedAttempt)
    {
        var doubled = FirstRetryDelayMs * Math.Pow(2, Math.Min(failedAttempt - 1, 30));
        return TimeSpan.FromMilliseconds(Math.Min(doubled, MaxRetryDelayMs));
    }

    public void Validate()
    {
        TreasuryBankOptions.Require(MaxAttempts is >= 1 and <= 50, $"Webhooks:{nameof(MaxAttempts)}", "1..50");
        TreasuryBankOptions.Require(FirstRetryDelayMs is >= 0 and <= 3_600_000, $"Webhooks:{nameof(FirstRetryDelayMs)}", "0..3600000");
        TreasuryBankOptions.Require(MaxRetryDelayMs >= FirstRetryDelayMs && MaxRetryDelayMs <= 3_600_000, $"Webhooks:{nameof(MaxRetryDelayMs)}", "FirstRetryDelayMs..3600000");
        TreasuryBankOptions.Require(TimeoutMs is >= 1 and <= 300_000, $"Webhooks:{nameof(TimeoutMs)}", "1..300000");
        TreasuryBankOptions.Require(Concurrency is >= 1 and <= 256, $"Webhooks:{nameof(Concurrency)}", "1..256");
        TreasuryBankOptions.Require(MaxPending >= 1, $"Webhooks:{nameof(MaxPending)}", "at least 1");
    }
}
