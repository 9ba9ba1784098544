namespace LoFin.Application.Messaging;

/// <summary>Exponential back-off with jitter, so retries of many failed messages do not arrive together.</summary>
public static class RetryPolicy
{
    public static TimeSpan DelayAfter(int failedDeliveries, MessagePumpOptions options, double jitter01)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(failedDeliveries, 1);
        var exponent = Math.Min(failedDeliveries - 1, 30);
        var baseMs = options.BaseRetryDelay.TotalMilliseconds * Math.Pow(2, exponent);
        var cappedMs = Math.Min(baseMs, options.MaxRetryDelay.TotalMilliseconds);
        // ±20 % jitter, never below the base delay.
        var jittered = cappedMs * (0.8 + (0.4 * jitter01));
        return TimeSpan.FromMilliseconds(Math.Max(options.BaseRetryDelay.TotalMilliseconds, jittered));
    }
}
