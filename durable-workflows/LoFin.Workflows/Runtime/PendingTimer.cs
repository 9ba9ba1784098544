namespace LoFin.Workflows.Runtime;

/// <summary>
/// A timer waiting for its message. <see cref="Sequence"/> is the history sequence of its
/// creation: sequences never repeat within an instance, even across restarts, so a message
/// for an older timer of the same name is recognised and dropped.
/// </summary>
public sealed record PendingTimer(string TimerId, long Sequence, DateTimeOffset DueAt);
