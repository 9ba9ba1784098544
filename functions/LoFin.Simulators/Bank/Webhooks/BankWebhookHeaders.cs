namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>
/// Headers the bank adds beside the signed ones (<see cref="LoFin.Application.Integrations.WebhookSignature"/>):
/// informative only, outside the signature, so a receiver decides nothing on them.
/// </summary>
public static class BankWebhookHeaders
{
    /// <summary>1 for the first attempt of a delivery; a duplicate starts again at 1.</summary>
    public const string Attempt = "X-LoFin-Webhook-Attempt";

    public const string EventType = "X-LoFin-Webhook-Event-Type";
}
