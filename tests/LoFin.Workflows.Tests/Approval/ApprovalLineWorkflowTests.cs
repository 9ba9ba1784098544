using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;
using Xunit;
using static LoFin.Workflows.Tests.Approval.ApprovalFixtures;

namespace LoFin.Workflows.Tests.Approval;

/// <summary>The approval line's rules, one decision at a time: no store, no queue, no clock.</summary>
public sealed class ApprovalLineWorkflowTests
{
    private static readonly DateTimeOffset FridayStartKst = new(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(9));

    private readonly ApprovalLineWorkflow _workflow = Workflow();

    [Fact]
    public void Start_WhenValid_AssignsTheFirstReviewerWithADeadlineTimerANoticeAndAStatus()
    {
        var started = _workflow.Start(Input(5_000_000), Monday);

        var state = Applied(started);
        Assert.Equal(0, state.Step);
        Assert.Equal(TeamLead, state.Assignee);
        Assert.Equal(FridayStartKst, state.DueAt);
        var timer = Assert.Single(started.Commands.OfType<StartTimer>());
        Assert.Equal(("deadline-r1-s0-e0", FridayStartKst), (timer.TimerId, timer.DueAt));
        var notice = (ApprovalNotification)Assert.Single(started.Commands.OfType<ScheduleActivity>()).Input!;
        Assert.Equal((ApprovalNotificationKind.AssignedForDecision, TeamLead.UserId), (notice.Kind, notice.RecipientUserId));
        var progress = (ApprovalLineProgress)Assert.Single(started.Commands.OfType<SetCustomStatus>()).Status!;
        Assert.Equal(TeamLead.UserId, progress.AssigneeUserId);
        var drafted = Assert.Single(state.Signatures);
        Assert.Equal((ApprovalRole.Drafter, ApprovalSignatureKind.Drafted), (drafted.Role, drafted.Kind));
    }

    [Fact]
    public void Decide_WhenReviewersApproveInOrder_TheDivisionHeadSignsAsDelegatedFinalApproverUpToTenMillion()
    {
        var state = Applied(_workflow.Start(Input(10_000_000), Monday));

        state = Applied(_workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0), Monday));
        var final = _workflow.Decide(state, Decision(DivisionHead, ApprovalDecisionKind.Approve, step: 1, comment: "전결 처리"), Monday);

        var output = Output(final);
        Assert.Equal(ApprovalOutcome.Approved, output.Outcome);
        Assert.Equal(1, output.DelegatedStep);
        Assert.Equal([2, 3, 4], output.Route.SkippedSteps);
        Assert.Equal(
            [(Drafter.UserId, ApprovalSignatureKind.Drafted), (TeamLead.UserId, ApprovalSignatureKind.Reviewed), (DivisionHead.UserId, ApprovalSignatureKind.ApprovedDelegated)],
            output.Signatures.Select(s => (s.UserId, s.Kind)));
        Assert.Equal(ApprovalRole.FinalApprover, output.Signatures[^1].Role);
        Assert.Equal("전결 처리", output.Signatures[^1].Comment);
        Assert.Equal(new CancelTimer("deadline-r1-s1-e0"), final.Commands[0]);
    }

    [Fact]
    public void Decide_WhenAmountIsOneWonOverTenMillion_TheDivisionHeadOnlyReviewsAndTheBureauDirectorIsFinal()
    {
        var state = Applied(_workflow.Start(Input(10_000_001), Monday));

        state = Applied(_workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0), Monday));
        state = Applied(_workflow.Decide(state, Decision(DivisionHead, ApprovalDecisionKind.Approve, step: 1), Monday));

        Assert.Equal(2, state.Step);
        Assert.Equal(BureauDirector, state.Assignee);
        Assert.Equal(ApprovalSignatureKind.Reviewed, state.Signatures[^1].Kind);
    }

    [Fact]
    public void Decide_WhenAmountNeedsTheHead_SignatureIsApprovalProperNotDelegated()
    {
        var state = Applied(_workflow.Start(Input(300_000_001), Monday));
        foreach (var (official, step) in new[] { (TeamLead, 0), (DivisionHead, 1), (BureauDirector, 2), (DeputyHead, 3) })
        {
            state = Applied(_workflow.Decide(state, Decision(official, ApprovalDecisionKind.Approve, step), Monday));
        }

        var output = Output(_workflow.Decide(state, Decision(Head, ApprovalDecisionKind.Approve, step: 4), Monday));

        Assert.Equal(ApprovalSignatureKind.Approved, output.Signatures[^1].Kind);
        Assert.Null(output.DelegatedStep);
        Assert.Equal(6, output.Signatures.Count);
    }

    [Fact]
    public void Start_WhenTheDrafterIsInTheLine_IsRefused()
    {
        var started = _workflow.Start(Input(1_000_000, [new(Drafter), new(DivisionHead)]), Monday);

        Assert.Equal(DecisionOutcome.Refused, started.Outcome);
        // Steps are 0-based inside the line and 1-based for people.
        Assert.Contains(Drafter.Name, started.Reason, StringComparison.Ordinal);
        Assert.Contains("1단계", started.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WhenTheDrafterIsADeputy_IsRefused()
    {
        var started = _workflow.Start(Input(1_000_000, [new(TeamLead, Drafter), new(DivisionHead)]), Monday);

        Assert.Equal(DecisionOutcome.Refused, started.Outcome);
        Assert.Contains("대결자", started.Reason, StringComparison.Ordinal);
        Assert.Contains("1단계", started.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WhenTheLineLacksTheRankTheAmountNeeds_IsRefused()
    {
        var started = _workflow.Start(Input(500_000_000, [new(TeamLead), new(DivisionHead), new(BureauDirector)]), Monday);

        Assert.Equal(DecisionOutcome.Refused, started.Outcome);
        Assert.Contains("500,000,000원", started.Reason, StringComparison.Ordinal);
        Assert.Contains("단체장", started.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WhenAnOfficialAppearsTwice_IsRefused()
    {
        var started = _workflow.Start(Input(1_000_000, [new(DivisionHead), new(DivisionHead)]), Monday);

        Assert.Equal(DecisionOutcome.Refused, started.Outcome);
        Assert.Contains(DivisionHead.Name, started.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Start_WhenTheInputCarriesItsOwnRules_UsesThemInsteadOfTheBook()
    {
        var input = Input(50_000_000) with { DelegationRules = [new(100_000_000, ApprovalRank.DivisionHead), new(null, ApprovalRank.Head)] };

        var state = Applied(_workflow.Start(input, Monday));

        Assert.Equal(1, state.Route.FinalStep);
    }

    [Fact]
    public void Decide_WhenTheDrafterSendsADecision_IsRefusedAndNothingChanges()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        var decided = _workflow.Decide(state, Decision(Drafter, ApprovalDecisionKind.Approve, step: 0), Monday);

        Assert.Equal(DecisionOutcome.Refused, decided.Outcome);
        Assert.Contains(Drafter.Name, decided.Reason, StringComparison.Ordinal);
        Assert.Empty(decided.Commands);
    }

    [Fact]
    public void Decide_WhenSomeoneOtherThanTheAssigneeDecides_IsRefused()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        var decided = _workflow.Decide(state, Decision(DivisionHead, ApprovalDecisionKind.Approve, step: 0), Monday);

        Assert.Equal(DecisionOutcome.Refused, decided.Outcome);
        Assert.Contains("1단계", decided.Reason, StringComparison.Ordinal);
        Assert.Contains(TeamLead.Name, decided.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenTheDecisionAnswersAStepThatIsPast_IsIgnoredAsLate()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));
        state = Applied(_workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0), Monday));

        var late = _workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Reject, step: 0, comment: "재검토"), Monday);

        Assert.Equal(DecisionOutcome.Ignored, late.Outcome);
        Assert.Contains("1단계", late.Reason, StringComparison.Ordinal);
        Assert.Contains("상신 1차", late.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Decide_WhenRejected_TheLineEndsRejectedWithTheReason()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        var rejected = _workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Reject, step: 0, comment: "예산 과목 오류"), Monday);

        var output = Output(rejected);
        Assert.Equal(ApprovalOutcome.Rejected, output.Outcome);
        Assert.Equal((ApprovalSignatureKind.Rejected, "예산 과목 오류"), (output.Signatures[^1].Kind, output.Signatures[^1].Comment));
    }

    [Theory]
    [InlineData(ApprovalDecisionKind.Reject)]
    [InlineData(ApprovalDecisionKind.Return)]
    public void Decide_WhenRejectingOrReturningWithoutAComment_IsRefused(ApprovalDecisionKind kind)
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        Assert.Equal(DecisionOutcome.Refused, _workflow.Decide(state, Decision(TeamLead, kind, step: 0, comment: " "), Monday).Outcome);
    }

    [Fact]
    public void Decide_WhenReturnedAndResubmitted_TheLineStartsAgainFromTheFirstReviewerKeepingEverySignature()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));
        state = Applied(_workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0), Monday));

        var returned = _workflow.Decide(state, Decision(DivisionHead, ApprovalDecisionKind.Return, step: 1, comment: "견적서 보완"), Monday);
        state = Applied(returned);
        Assert.Equal(ApprovalPhase.ReturnedForRevision, state.Phase);
        Assert.Equal(Drafter, state.Assignee);
        Assert.Contains(new CancelTimer("deadline-r1-s1-e0"), returned.Commands);
        Assert.Equal(ApprovalNotificationKind.ReturnedForRevision, ((ApprovalNotification)returned.Commands.OfType<ScheduleActivity>().Single().Input!).Kind);
        Assert.Empty(returned.Commands.OfType<StartTimer>());

        // The revision costs more: 5천만원 needs the 국장, so the route grows by one step.
        var resubmitted = _workflow.Decide(state, Resubmit(Drafter, 50_000_000, "견적서 첨부"), Monday);
        state = Applied(resubmitted);

        Assert.Equal((2, 0, ApprovalPhase.AwaitingDecision), (state.Round, state.Step, state.Phase));
        Assert.Equal(TeamLead, state.Assignee);
        Assert.Equal(2, state.Route.FinalStep);
        Assert.Equal(50_000_000, state.Document.AmountWon);
        Assert.Equal("deadline-r2-s0-e0", resubmitted.Commands.OfType<StartTimer>().Single().TimerId);
        Assert.Equal(
            [(1, ApprovalSignatureKind.Drafted), (1, ApprovalSignatureKind.Reviewed), (1, ApprovalSignatureKind.Returned), (2, ApprovalSignatureKind.Resubmitted)],
            state.Signatures.Select(s => (s.Round, s.Kind)));

        var oldRound = _workflow.Decide(state, Decision(DivisionHead, ApprovalDecisionKind.Approve, step: 1, round: 1), Monday);
        Assert.Equal(DecisionOutcome.Ignored, oldRound.Outcome);
    }

    [Fact]
    public void Decide_WhenSomeoneOtherThanTheDrafterResubmits_IsRefused()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));
        state = Applied(_workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Return, step: 0, comment: "보완"), Monday));

        Assert.Equal(DecisionOutcome.Refused, _workflow.Decide(state, Resubmit(TeamLead, 5_000_000), Monday).Outcome);
    }

    [Fact]
    public void Decide_WhenResubmittedWhileAwaitingADecision_IsIgnored()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        Assert.Equal(DecisionOutcome.Ignored, _workflow.Decide(state, Resubmit(Drafter, 5_000_000), Monday).Outcome);
    }

    [Fact]
    public void Decide_WhenTheDrafterWithdraws_TheLineEndsWithdrawn()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        var withdrawn = _workflow.Decide(state, Withdraw(Drafter), Monday);

        Assert.Equal(ApprovalOutcome.Withdrawn, Output(withdrawn).Outcome);
        Assert.Equal(DecisionOutcome.Refused, _workflow.Decide(state, Withdraw(TeamLead), Monday).Outcome);
    }

    [Fact]
    public void Decide_WhenAStepWithADeputyMissesItsDeadline_TheDeputyTakesItOverAndDecidesInItsName()
    {
        var state = Applied(_workflow.Start(Input(5_000_000, FullLine(teamDeputy: TeamDeputy)), Monday));
        var expired = At(FridayStartKst);

        var escalated = _workflow.Decide(state, new TimerFired("deadline-r1-s0-e0", FridayStartKst, WorkflowCause.Timer("deadline-r1-s0-e0")), expired);
        state = Applied(escalated);

        Assert.Equal((0, TeamDeputy, TeamLead), (state.Step, state.Assignee, state.ActingFor));
        Assert.Equal(new DateTimeOffset(2026, 3, 12, 0, 0, 0, TimeSpan.FromHours(9)), state.DueAt);
        var escalation = Assert.Single(state.Escalations);
        Assert.Equal((ApprovalEscalationKind.DeputyTookOver, TeamLead.UserId, TeamDeputy.UserId), (escalation.Kind, escalation.FromUserId, escalation.ToUserId));
        Assert.Equal("StepEscalated", escalated.Commands.OfType<RecordNote>().Single().Name);
        Assert.Equal("deadline-r1-s0-e1", escalated.Commands.OfType<StartTimer>().Single().TimerId);

        Assert.Equal(DecisionOutcome.Refused, _workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0), expired).Outcome);
        state = Applied(_workflow.Decide(state, Decision(TeamDeputy, ApprovalDecisionKind.Approve, step: 0), expired));
        Assert.Equal((TeamDeputy.UserId, TeamLead.UserId), (state.Signatures[^1].UserId, state.Signatures[^1].ActingForUserId));
    }

    [Fact]
    public void Decide_WhenAReviewerWithoutDeputyMissesTheDeadline_TheStepPassesToTheSuperior()
    {
        var state = Applied(_workflow.Start(Input(50_000_000), Monday));

        state = Applied(_workflow.Decide(state, new TimerFired("deadline-r1-s0-e0", FridayStartKst, WorkflowCause.Timer("deadline-r1-s0-e0")), At(FridayStartKst)));

        Assert.Equal((1, DivisionHead), (state.Step, state.Assignee));
        Assert.Equal(ApprovalEscalationKind.PassedToSuperior, Assert.Single(state.Escalations).Kind);
        Assert.Equal(DecisionOutcome.Ignored, _workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0), Monday).Outcome);
    }

    [Fact]
    public void Decide_WhenTheFinalStepMissesItsDeadline_ItsAssigneeIsRemindedUpToTheLimit()
    {
        var state = Applied(_workflow.Start(Input(5_000_000, [new(DivisionHead)]), Monday));

        for (var i = 0; i < DeadlineEscalation.MaxReminders; i++)
        {
            state = Applied(_workflow.Decide(state, new TimerFired(state.DeadlineTimerId!, state.DueAt!.Value, WorkflowCause.Timer(state.DeadlineTimerId!)), At(state.DueAt!.Value)));
            Assert.Equal(DivisionHead, state.Assignee);
        }
        var last = _workflow.Decide(state, new TimerFired(state.DeadlineTimerId!, state.DueAt!.Value, WorkflowCause.Timer(state.DeadlineTimerId!)), At(state.DueAt!.Value));

        Assert.All(Applied(last).Escalations, e => Assert.Equal(ApprovalEscalationKind.Reminded, e.Kind));
        Assert.Equal(DeadlineEscalation.MaxReminders, Applied(last).Escalations.Count);
        Assert.Empty(last.Commands.OfType<StartTimer>());
        Assert.Null(Applied(last).DeadlineTimerId);
    }

    [Fact]
    public void StartAndDecide_WhenRefusedOrIgnored_SayWhyInAKoreanSentence()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));
        var fromATimer = ExternalEventRaised.Create(ApprovalLineEvents.Decision, "d-timer", new ApprovalDecision(ApprovalDecisionKind.Approve, 1, 0),
            WorkflowCause.Timer("deadline-r1-s0-e0"));
        var unknownEvent = ExternalEventRaised.Create("approve", "x-1", new ApprovalWithdrawal(), WorkflowCause.User(TeamLead.UserId));
        var staleTimer = new TimerFired("deadline-r1-s9-e0", FridayStartKst, WorkflowCause.Timer("deadline-r1-s9-e0"));

        Decision<ApprovalLineState>[] notApplied =
        [
            _workflow.Start(Input(5_000_000) with { Line = [] }, Monday),
            _workflow.Start(Input(-1), Monday),
            _workflow.Start(Input(5_000_000) with { StepDeadlineBusinessDays = 0 }, Monday),
            _workflow.Start(Input(5_000_000, [new(TeamLead, TeamLead), new(DivisionHead)]), Monday),
            _workflow.Start(Input(5_000_000) with { DelegationRules = [] }, Monday),
            _workflow.Decide(state, fromATimer, Monday),
            _workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Approve, step: 0, comment: new string('가', ApprovalLineWorkflow.MaxCommentLength + 1)), Monday),
            _workflow.Decide(state, Decision(TeamLead, ApprovalDecisionKind.Reject, step: 0), Monday),
            _workflow.Decide(state, Resubmit(TeamLead, 5_000_000), Monday),
            _workflow.Decide(state, Resubmit(Drafter, 5_000_000), Monday),
            _workflow.Decide(state, Withdraw(TeamLead), Monday),
            _workflow.Decide(state, unknownEvent, Monday),
            _workflow.Decide(state, staleTimer, At(FridayStartKst)),
        ];

        Assert.All(notApplied, decision =>
        {
            Assert.NotEqual(DecisionOutcome.Applied, decision.Outcome);
            // An official sentence in Korean: Hangul, ending in the formal "-다.".
            Assert.Matches(@"^(?=.*\p{IsHangulSyllables}).*다\.$", decision.Reason);
        });
    }

    [Fact]
    public void Decide_WhenATimerIsNotTheCurrentDeadline_IsIgnored()
    {
        var state = Applied(_workflow.Start(Input(5_000_000), Monday));

        var stale = _workflow.Decide(state, new TimerFired("deadline-r1-s9-e0", FridayStartKst, WorkflowCause.Timer("deadline-r1-s9-e0")), At(FridayStartKst));

        Assert.Equal(DecisionOutcome.Ignored, stale.Outcome);
    }
}
