namespace LoFin.Workflows.Approval;

/// <summary>
/// What happens when a step's deadline passes without a decision:
/// <list type="number">
/// <item>the step has a deputy who has not yet taken it over → the deputy takes the step over (대결) with a fresh deadline;</item>
/// <item>otherwise, a step before the final one → it is passed up to the next official of the line (the superior), who decides next; the overdue official's review is recorded as missed;</item>
/// <item>otherwise (the final step, nobody above it) → its assignee is reminded and the deadline renewed, at most <see cref="MaxReminders"/> times, after which the step simply waits.</item>
/// </list>
/// The final approval is never skipped: only a deputy may take it over.
/// </summary>
public static class DeadlineEscalation
{
    public const int MaxReminders = 5;

    public static ApprovalEscalationKind Choose(ApprovalLineState state)
    {
        if (state.Line[state.Step].Deputy is not null && state.ActingFor is null)
        {
            return ApprovalEscalationKind.DeputyTookOver;
        }
        return state.Step < state.Route.FinalStep
            ? ApprovalEscalationKind.PassedToSuperior
            : ApprovalEscalationKind.Reminded;
    }
}
