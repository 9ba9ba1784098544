namespace LoFin.Application.Integrations;

/// <summary>The two header values a sender attaches: Unix seconds and <c>v1=</c> followed by the lower-case hex HMAC.</summary>
public sealed record WebhookSignatureHeaders(string Timestamp, string Signature);
