using LoFin.Domain.Time;
using System.Globalization;
using System.Text.Json;
using LoFin.Workflows.Calendar;
using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Approval;

/// <summary>
/// 결재선: a drafted document goes through its reviewers in order, then its final approver,
/// who is chosen by the 전결 rules for its amount. Each step has a deadline in business days
/// that escalates on expiry (<see cref="DeadlineEscalation"/>). A decision approves, rejects
/// (the line ends) or returns the document to the drafter, whose revision starts the line
/// again from the first reviewer. The drafter never decides on their own document, and only
/// the current step's assignee decides it. Reused by commitments, payments and subsidies:
/// start it with a completion queue and read <see cref="ApprovalLineOutput"/> from the notice.
/// </summary>
public sealed class ApprovalLineWorkflow(DelegationRuleBook rules, BusinessDayDeadline deadlines)
    : Workflow<ApprovalLineInput, ApprovalLineState>
{
    public const string WorkflowName = "ApprovalLine";
    public const int DefaultStepDeadlineBusinessDays = 3;
    public const int MaxLineLength = 20;
    public const int MaxRounds = 10;
    public const int MaxCommentLength = 1000;

    public override string Name => WorkflowName;

    public override Decision<ApprovalLineState> Start(ApprovalLineInput input, WorkflowContext context)
    {
        if (CheckInput(input) is { } problem)
        {
            return Decision<ApprovalLineState>.Refuse(problem);
        }
        var table = input.DelegationRules ?? rules.For(input.Document.Kind);
        if (FinalApproverByAmount.Check(table) is { } ruleProblem)
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.InvalidDelegationRules(ruleProblem));
        }
        if (!new FinalApproverByAmount(table).TryRoute(input.Line, input.Document.AmountWon, out var route, out var reason))
        {
            return Decision<ApprovalLineState>.Refuse(reason!);
        }
        var state = new ApprovalLineState
        {
            Document = input.Document,
            Drafter = input.Drafter,
            Line = input.Line,
            Rules = table,
            Route = route,
            StepDeadlineBusinessDays = input.StepDeadlineBusinessDays ?? DefaultStepDeadlineBusinessDays,
            Phase = ApprovalPhase.AwaitingDecision,
            Round = 1,
            Step = 0,
            Assignee = input.Line[0].Official,
            StepEscalations = 0,
            Signatures = [DrafterSignature(input.Drafter, 1, ApprovalSignatureKind.Drafted, context.Now, null)],
            Escalations = [],
        };
        return Enter(state, 0, input.Line[0].Official, null, 0, ApprovalNotificationKind.AssignedForDecision, null, context,
            new RecordNote("RouteChosen", route));
    }

    public override Decision<ApprovalLineState> Decide(ApprovalLineState state, WorkflowEvent workflowEvent, WorkflowContext context) =>
        workflowEvent switch
        {
            ExternalEventRaised { Name: ApprovalLineEvents.Decision } raised => OnDecision(state, raised, context),
            ExternalEventRaised { Name: ApprovalLineEvents.Resubmit } raised => OnResubmit(state, raised, context),
            ExternalEventRaised { Name: ApprovalLineEvents.Withdraw } raised => OnWithdraw(state, raised, context),
            ExternalEventRaised raised => Decision<ApprovalLineState>.Refuse(ApprovalMessages.UnknownEvent(raised.Name)),
            TimerFired fired => OnDeadline(state, fired, context),
            // Notifications are best effort: a delivered one needs nothing, a failed one is noted and the line goes on.
            ActivityCompleted => Decision<ApprovalLineState>.Next(state),
            ActivityFailed failed => Decision<ApprovalLineState>.Next(state, new RecordNote("NotificationFailed", new { failed.ActivityId, failed.Error })),
            _ => Decision<ApprovalLineState>.Ignore(ApprovalMessages.UnusedEvent(workflowEvent.GetType().Name)),
        };

    private Decision<ApprovalLineState> OnDecision(ApprovalLineState state, ExternalEventRaised raised, WorkflowContext context)
    {
        if (raised.Cause.Kind != WorkflowCauseKind.User)
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.DecisionNotFromOfficial);
        }
        var decider = raised.Cause.Id;
        if (DrafterCannotApproveOwnDocument.CheckDecider(state.Drafter, decider) is { } selfApproval)
        {
            return Decision<ApprovalLineState>.Refuse(selfApproval);
        }
        var decision = raised.PayloadAs<ApprovalDecision>();
        if (state.Phase != ApprovalPhase.AwaitingDecision || decision.Round != state.Round || decision.Step != state.Step)
        {
            return Decision<ApprovalLineState>.Ignore(ApprovalMessages.NotAwaitingDecision(decision.Step, decision.Round));
        }
        if (decider != state.Assignee.UserId)
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.AssignedToSomeoneElse(state.Step, state.Assignee));
        }
        if (decision.Comment is { Length: > MaxCommentLength })
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.CommentTooLong(MaxCommentLength));
        }
        if (decision.Decision is ApprovalDecisionKind.Reject or ApprovalDecisionKind.Return && string.IsNullOrWhiteSpace(decision.Comment))
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.CommentRequired);
        }

        var isFinal = state.Step == state.Route.FinalStep;
        var kind = decision.Decision switch
        {
            ApprovalDecisionKind.Approve when !isFinal => ApprovalSignatureKind.Reviewed,
            ApprovalDecisionKind.Approve => state.Route.IsDelegated ? ApprovalSignatureKind.ApprovedDelegated : ApprovalSignatureKind.Approved,
            ApprovalDecisionKind.Reject => ApprovalSignatureKind.Rejected,
            ApprovalDecisionKind.Return => ApprovalSignatureKind.Returned,
            _ => throw new WorkflowPayloadException(ApprovalMessages.UnknownDecision(decision.Decision)),
        };
        var signed = state with
        {
            Signatures = [.. state.Signatures, new ApprovalSignature(state.Round, state.Step, state.Assignee.UserId, state.Assignee.Name,
                state.Assignee.Position, isFinal ? ApprovalRole.FinalApprover : ApprovalRole.Reviewer, kind, context.Now,
                decision.Comment, state.ActingFor?.UserId)],
        };
        var cancel = CancelDeadline(state);
        switch (decision.Decision)
        {
            case ApprovalDecisionKind.Approve when !isFinal:
                var next = state.Step + 1;
                return Enter(signed, next, signed.Line[next].Official, null, 0, ApprovalNotificationKind.AssignedForDecision, null, context, cancel);
            case ApprovalDecisionKind.Approve:
                return Finish(signed, ApprovalOutcome.Approved, cancel);
            case ApprovalDecisionKind.Reject:
                return Finish(signed, ApprovalOutcome.Rejected, cancel);
            default:
                var returned = signed with
                {
                    Phase = ApprovalPhase.ReturnedForRevision,
                    Assignee = state.Drafter,
                    ActingFor = null,
                    DeadlineTimerId = null,
                    DueAt = null,
                    StepEscalations = 0,
                };
                return Decision<ApprovalLineState>.Next(returned,
                [
                    .. Optional(cancel),
                    new ScheduleActivity(NotifyApprovalParticipantActivity.ActivityName,
                        new ApprovalNotification(ApprovalNotificationKind.ReturnedForRevision, state.Drafter.UserId, state.Document, state.Round, state.Step, null, decision.Comment),
                        "notify"),
                    new SetCustomStatus(Progress(returned)),
                ]);
        }
    }

    private Decision<ApprovalLineState> OnResubmit(ApprovalLineState state, ExternalEventRaised raised, WorkflowContext context)
    {
        if (!raised.Cause.IsUser(state.Drafter.UserId))
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.OnlyDrafterResubmits);
        }
        if (state.Phase != ApprovalPhase.ReturnedForRevision)
        {
            return Decision<ApprovalLineState>.Ignore(ApprovalMessages.NotReturnedForRevision);
        }
        var resubmission = raised.PayloadAs<ApprovalResubmission>();
        var revised = resubmission.Document;
        if (revised is null || revised.Kind != state.Document.Kind || revised.Id != state.Document.Id)
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.RevisionIsAnotherDocument);
        }
        if (CheckDocument(revised) is { } documentProblem)
        {
            return Decision<ApprovalLineState>.Refuse(documentProblem);
        }
        if (state.Round >= MaxRounds)
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.TooManyRounds(MaxRounds));
        }
        if (!new FinalApproverByAmount(state.Rules).TryRoute(state.Line, revised.AmountWon, out var route, out var reason))
        {
            return Decision<ApprovalLineState>.Refuse(reason!);
        }
        var round = state.Round + 1;
        var resubmitted = state with
        {
            Document = revised,
            Route = route,
            Round = round,
            Signatures = [.. state.Signatures, DrafterSignature(state.Drafter, round, ApprovalSignatureKind.Resubmitted, context.Now, resubmission.Comment)],
        };
        return Enter(resubmitted, 0, state.Line[0].Official, null, 0, ApprovalNotificationKind.AssignedForDecision, null, context,
            new RecordNote("RouteChosen", route));
    }

    private static Decision<ApprovalLineState> OnWithdraw(ApprovalLineState state, ExternalEventRaised raised, WorkflowContext context)
    {
        if (!raised.Cause.IsUser(state.Drafter.UserId))
        {
            return Decision<ApprovalLineState>.Refuse(ApprovalMessages.OnlyDrafterWithdraws);
        }
        var comment = raised.Payload.ValueKind == JsonValueKind.Object ? raised.PayloadAs<ApprovalWithdrawal>().Comment : null;
        var withdrawn = state with
        {
            Signatures = [.. state.Signatures, DrafterSignature(state.Drafter, state.Round, ApprovalSignatureKind.Withdrawn, context.Now, comment)],
        };
        return Finish(withdrawn, ApprovalOutcome.Withdrawn, CancelDeadline(state));
    }

    private Decision<ApprovalLineState> OnDeadline(ApprovalLineState state, TimerFired fired, WorkflowContext context)
    {
        if (state.Phase != ApprovalPhase.AwaitingDecision || fired.TimerId != state.DeadlineTimerId)
        {
            return Decision<ApprovalLineState>.Ignore(ApprovalMessages.NotCurrentDeadline(fired.TimerId));
        }
        var missedDueAt = state.DueAt ?? fired.DueAt;
        var kind = DeadlineEscalation.Choose(state);
        switch (kind)
        {
            case ApprovalEscalationKind.DeputyTookOver:
                var deputy = state.Line[state.Step].Deputy!;
                return Enter(Escalated(state, kind, deputy, missedDueAt, context), state.Step, deputy, state.Assignee, state.StepEscalations + 1,
                    ApprovalNotificationKind.EscalatedToYou, state.Assignee.UserId, context,
                    new RecordNote("StepEscalated", new { kind, state.Round, state.Step, from = state.Assignee.UserId, to = deputy.UserId, missedDueAt }));
            case ApprovalEscalationKind.PassedToSuperior:
                var next = state.Step + 1;
                var superior = state.Line[next].Official;
                return Enter(Escalated(state, kind, superior, missedDueAt, context), next, superior, null, 0,
                    ApprovalNotificationKind.EscalatedToYou, state.Assignee.UserId, context,
                    new RecordNote("StepEscalated", new { kind, state.Round, state.Step, from = state.Assignee.UserId, to = superior.UserId, missedDueAt }));
            default:
                if (state.StepEscalations >= DeadlineEscalation.MaxReminders)
                {
                    var waiting = state with { DeadlineTimerId = null };
                    return Decision<ApprovalLineState>.Next(waiting,
                        new RecordNote("ReminderLimitReached", new { state.Round, state.Step, assignee = state.Assignee.UserId, missedDueAt }));
                }
                return Enter(Escalated(state, kind, state.Assignee, missedDueAt, context), state.Step, state.Assignee, state.ActingFor, state.StepEscalations + 1,
                    ApprovalNotificationKind.DeadlineReminder, null, context,
                    new RecordNote("StepEscalated", new { kind, state.Round, state.Step, from = state.Assignee.UserId, to = state.Assignee.UserId, missedDueAt }));
        }
    }

    /// <summary>Makes <paramref name="step"/> the current one: its assignee, a fresh deadline timer, a notice, the custom status.</summary>
    private Decision<ApprovalLineState> Enter(ApprovalLineState state, int step, Official assignee, Official? actingFor, int escalations,
        ApprovalNotificationKind notice, string? escalatedFrom, WorkflowContext context, params WorkflowCommand?[] before)
    {
        var dueAt = deadlines.DueAt(context.Now, state.StepDeadlineBusinessDays);
        var timerId = string.Create(CultureInfo.InvariantCulture, $"deadline-r{state.Round}-s{step}-e{escalations}");
        var entered = state with
        {
            Phase = ApprovalPhase.AwaitingDecision,
            Step = step,
            Assignee = assignee,
            ActingFor = actingFor,
            StepEscalations = escalations,
            DeadlineTimerId = timerId,
            DueAt = dueAt,
        };
        return Decision<ApprovalLineState>.Next(entered,
        [
            .. before.OfType<WorkflowCommand>(),
            new StartTimer(timerId, dueAt),
            new ScheduleActivity(NotifyApprovalParticipantActivity.ActivityName,
                new ApprovalNotification(notice, assignee.UserId, state.Document, state.Round, step, dueAt, null, escalatedFrom), "notify"),
            new SetCustomStatus(Progress(entered)),
        ]);
    }

    private static ApprovalLineState Escalated(ApprovalLineState state, ApprovalEscalationKind kind, Official to, DateTimeOffset missedDueAt, WorkflowContext context) =>
        state with
        {
            Escalations = [.. state.Escalations, new ApprovalEscalation(state.Round, state.Step, kind, state.Assignee.UserId, to.UserId, missedDueAt, context.Now)],
        };

    private static Decision<ApprovalLineState> Finish(ApprovalLineState state, ApprovalOutcome outcome, WorkflowCommand? cancel)
    {
        var output = new ApprovalLineOutput(outcome, state.Document, state.Signatures, state.Escalations, state.Route,
            state.Route.IsDelegated ? state.Route.FinalStep : null, state.Round);
        var done = state with { DeadlineTimerId = null, DueAt = null };
        return Decision<ApprovalLineState>.Next(done, [.. Optional(cancel), new CompleteWorkflow(output)]);
    }

    private static IEnumerable<WorkflowCommand> Optional(WorkflowCommand? command) => command is null ? [] : [command];

    private static CancelTimer? CancelDeadline(ApprovalLineState state) =>
        state.DeadlineTimerId is { } timerId ? new CancelTimer(timerId) : null;

    private static ApprovalLineProgress Progress(ApprovalLineState state) =>
        new(state.Phase, state.Round, state.Step, state.Route.FinalStep, state.Assignee.UserId, state.Assignee.Name,
            state.ActingFor?.UserId, state.DueAt, state.Document.Kind, state.Document.Id, state.Document.AmountWon);

    private static ApprovalSignature DrafterSignature(Official drafter, int round, ApprovalSignatureKind kind, DateTimeOffset at, string? comment) =>
        new(round, null, drafter.UserId, drafter.Name, drafter.Position, ApprovalRole.Drafter, kind, at, comment);

    private static string? CheckInput(ApprovalLineInput input)
    {
        if (input.Document is null || input.Drafter is null || input.Line is null)
        {
            return ApprovalMessages.InputIncomplete;
        }
        if (CheckDocument(input.Document) is { } documentProblem)
        {
            return documentProblem;
        }
        if (string.IsNullOrWhiteSpace(input.Drafter.UserId))
        {
            return ApprovalMessages.DrafterWithoutUserId;
        }
        if (input.Line.Count is 0 or > MaxLineLength)
        {
            return ApprovalMessages.LineLength(MaxLineLength);
        }
        if (input.Line.Any(m => m?.Official is null || string.IsNullOrWhiteSpace(m.Official.UserId) || (m.Deputy is not null && string.IsNullOrWhiteSpace(m.Deputy.UserId))))
        {
            return ApprovalMessages.StepWithoutUserId;
        }
        if (DrafterCannotApproveOwnDocument.CheckLine(input.Drafter, input.Line) is { } selfApproval)
        {
            return selfApproval;
        }
        var twice = input.Line.GroupBy(m => m.Official.UserId, StringComparer.Ordinal).FirstOrDefault(g => g.Count() > 1);
        if (twice is not null)
        {
            return ApprovalMessages.OfficialTwice(twice.First().Official);
        }
        for (var step = 0; step < input.Line.Count; step++)
        {
            if (input.Line[step].Deputy?.UserId == input.Line[step].Official.UserId)
            {
                return ApprovalMessages.OwnDeputy(input.Line[step].Official, step);
            }
        }
        if (input.StepDeadlineBusinessDays is < 1 or > BusinessDayDeadline.MaxBusinessDays)
        {
            return ApprovalMessages.StepDeadline(BusinessDayDeadline.MaxBusinessDays);
        }
        return null;
    }

    private static string? CheckDocument(ApprovalDocument document)
    {
        if (string.IsNullOrWhiteSpace(document.Kind) || string.IsNullOrWhiteSpace(document.Id) || string.IsNullOrWhiteSpace(document.Title))
        {
            return ApprovalMessages.DocumentIncomplete;
        }
        return document.AmountWon < 0 ? ApprovalMessages.NegativeDocumentAmount : null;
    }
}
