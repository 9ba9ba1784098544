using LoFin.Application.Integrations;

namespace LoFin.Application.Payments.Bank;

/// <summary>The secrets bank webhooks may be signed with (two while one is rotated) and how old a delivery may be.</summary>
public sealed record BankWebhookSettings(IReadOnlyList<string> Secrets, WebhookReplayWindow ReplayWindow);
