namespace LoFin.Workflows.Approval;

/// <summary>
/// One mark on the document, in order: who, in which role, what they decided, when, and
/// why. <see cref="ActingForUserId"/> is set when a deputy decided in place of the step's
/// official (대결). <see cref="Step"/> is null for the drafter's own marks.
/// </summary>
public sealed record ApprovalSignature(
    int Round,
    int? Step,
    string UserId,
    string Name,
    string Position,
    ApprovalRole Role,
    ApprovalSignatureKind Kind,
    DateTimeOffset At,
    string? Comment,
    string? ActingForUserId = null);
