using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// What a decision may know besides its state and event. <see cref="Now"/> is the instant
/// of the transition, fixed by the runtime, so a decision stays a pure function.
/// </summary>
public sealed record WorkflowContext(TenantId TenantId, string InstanceId, int Generation, DateTimeOffset Now);
