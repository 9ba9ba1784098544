namespace LoFin.Workflows.Approval;

/// <summary>The approval line between events: the document, the line and route, where it stands, and every signature so far.</summary>
public sealed record ApprovalLineState
{
    public required ApprovalDocument Document { get; init; }

    public required Official Drafter { get; init; }

    public required IReadOnlyList<ApprovalLineMember> Line { get; init; }

    /// <summary>The 전결 table in force, fixed at the start so a later change of configuration does not move a running line.</summary>
    public required IReadOnlyList<DelegationRule> Rules { get; init; }

    public required ApprovalRoute Route { get; init; }

    public required int StepDeadlineBusinessDays { get; init; }

    public required ApprovalPhase Phase { get; init; }

    /// <summary>1 for the first submission, one more for each resubmission.</summary>
    public required int Round { get; init; }

    /// <summary>The step waiting for a decision (meaningful while <see cref="Phase"/> is AwaitingDecision).</summary>
    public required int Step { get; init; }

    /// <summary>Who must act now: the step's official, its deputy, or (when returned) the drafter.</summary>
    public required Official Assignee { get; init; }

    /// <summary>The step's own official when a deputy has taken the step over.</summary>
    public Official? ActingFor { get; init; }

    /// <summary>Deadlines missed on the current step so far.</summary>
    public required int StepEscalations { get; init; }

    public string? DeadlineTimerId { get; init; }

    public DateTimeOffset? DueAt { get; init; }

    public required IReadOnlyList<ApprovalSignature> Signatures { get; init; }

    public required IReadOnlyList<ApprovalEscalation> Escalations { get; init; }
}
