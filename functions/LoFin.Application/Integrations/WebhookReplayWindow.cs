namespace LoFin.Application.Integrations;

/// <summary>
/// How far a webhook's timestamp may be from the receiver's clock. Past and future are separate:
/// a retried delivery is re-signed when it is sent, so age is only transit time plus clock
/// difference, while a timestamp from the future is never legitimate beyond clock skew.
/// </summary>
/// <param name="MaxAge">How old a timestamp may be; older ones are refused as replays.</param>
/// <param name="MaxClockSkew">How far ahead of the receiver's clock a timestamp may be.</param>
public sealed record WebhookReplayWindow(TimeSpan MaxAge, TimeSpan MaxClockSkew)
{
    /// <summary>Five minutes back, one minute ahead.</summary>
    public static WebhookReplayWindow Default { get; } = new(TimeSpan.FromMinutes(5), TimeSpan.FromMinutes(1));
}
