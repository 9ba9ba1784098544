namespace LoFin.Workflows.Runtime;

/// <summary>An activity scheduled and not yet answered. Its id is <c>{instanceId}:{sequence}</c>, the same on every delivery.</summary>
public sealed record PendingActivity(string ActivityId, string Name, string? Tag, long Sequence, DateTimeOffset ScheduledAt);
