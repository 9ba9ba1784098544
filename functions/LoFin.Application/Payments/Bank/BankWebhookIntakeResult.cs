using LoFin.Application.Integrations;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments.Bank;

/// <summary>What the intake did with one webhook delivery; the HTTP answer follows from it.</summary>
public abstract record BankWebhookIntakeResult
{
    private BankWebhookIntakeResult()
    {
    }

    /// <summary>200: the event and its outbox message committed together.</summary>
    public sealed record Recorded(TenantId TenantId, string EventId, string MessageId) : BankWebhookIntakeResult;

    /// <summary>200: the event was recorded by an earlier delivery; nothing changed.</summary>
    public sealed record AlreadyReceived(TenantId TenantId, string EventId) : BankWebhookIntakeResult;

    /// <summary>401: unsigned, wrongly signed, or outside the replay window. The body was not read.</summary>
    public sealed record Unauthenticated(WebhookVerification Reason) : BankWebhookIntakeResult;

    /// <summary>400: not a bank event (unreadable JSON, a field missing or of the wrong kind).</summary>
    public sealed record Malformed(string Field, string Message) : BankWebhookIntakeResult;

    /// <summary>422: a well-formed event that cannot be routed (no tenant prefix, unknown tenant) or of a type the app does not know.</summary>
    public sealed record Unprocessable(string Field, string Message) : BankWebhookIntakeResult;
}
