using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// What an activity knows about its run. <see cref="IdempotencyKey"/> is the same on every
/// attempt: pass it to whatever the activity calls (a bank, a registry) so a repeat is
/// recognised there too.
/// </summary>
public sealed record ActivityContext(TenantId TenantId, string InstanceId, string ActivityId, int Attempt, int MaxAttempts)
{
    public string IdempotencyKey => $"{TenantId.Value}:{ActivityId}";

    public bool IsLastAttempt => Attempt >= MaxAttempts;
}
