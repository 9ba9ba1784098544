namespace LoFin.Workflows.Approval;

public enum ApprovalEscalationKind
{
    /// <summary>The step's designated deputy (대결자) takes the step over.</summary>
    DeputyTookOver,

    /// <summary>The step is passed up to the next official of the line (the superior), who decides next.</summary>
    PassedToSuperior,

    /// <summary>The final step has nobody above it: its assignee is reminded and the deadline renewed.</summary>
    Reminded,
}
