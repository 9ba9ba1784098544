using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;
using Microsoft.Extensions.DependencyInjection;
using Xunit;
using static LoFin.Workflows.Tests.Approval.ApprovalFixtures;

namespace LoFin.Workflows.Tests.Approval;

/// <summary>The approval line through the runtime: the store, the queue, the pump and the clock.</summary>
public sealed class ApprovalLineEndToEndTests
{
    private const string Id = "approval-c-2026-0001";

    private readonly RecordingApprovalNotifier _notifier = new();

    [Fact]
    public async Task ApprovalLine_WhenEveryoneApproves_CompletesAndTellsTheCallersQueue()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 50_000_000);

        foreach (var (official, step) in new[] { (TeamLead, 0), (DivisionHead, 1), (BureauDirector, 2) })
        {
            // Each official decides after their notice went out, as people do.
            await host.WaitForIdleAsync();
            var result = await DecideAsync(host, official, ApprovalDecisionKind.Approve, step);
            Assert.Equal(DecisionOutcome.Applied, result.Outcome);
        }
        var done = await host.WaitForStatusAsync(Tenants.Jongno, Id, WorkflowStatus.Completed);
        await host.WaitForIdleAsync();

        var output = done.OutputAs<ApprovalLineOutput>()!;
        Assert.Equal(ApprovalOutcome.Approved, output.Outcome);
        Assert.Equal(2, output.DelegatedStep);
        Assert.Equal([Drafter.UserId, TeamLead.UserId, DivisionHead.UserId, BureauDirector.UserId], output.Signatures.Select(s => s.UserId));
        var notice = Assert.Single(host.Completions.Received).Payload<WorkflowCompletedNotice>();
        Assert.Equal(ApprovalOutcome.Approved, notice.OutputAs<ApprovalLineOutput>()!.Outcome);
        Assert.Equal("commitment:c-2026-0001", notice.CorrelationId);
        Assert.Equal([TeamLead.UserId, DivisionHead.UserId, BureauDirector.UserId],
            _notifier.Sent.Where(n => n.Kind == ApprovalNotificationKind.AssignedForDecision).Select(n => n.RecipientUserId));
        Assert.Empty(done.PendingTimers);
    }

    [Fact]
    public async Task ApprovalLine_WhenTheDrafterTriesToApprove_IsRefusedAndRecordedWithoutChangingTheLine()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 5_000_000);
        var before = await host.Client.GetAsync(Tenants.Jongno, Id);

        var result = await DecideAsync(host, Drafter, ApprovalDecisionKind.Approve, 0);

        var after = await host.Client.GetAsync(Tenants.Jongno, Id, includeHistory: true);
        Assert.Equal(DecisionOutcome.Refused, result.Outcome);
        Assert.Contains(Drafter.Name, result.Reason, StringComparison.Ordinal);
        Assert.Equal(before!.State!.Value.GetRawText(), after!.State!.Value.GetRawText());
        var refused = Assert.Single(after.History!, r => r.EventType == WorkflowHistoryEventType.EventRefused);
        Assert.Equal(WorkflowCause.User(Drafter.UserId), refused.Cause);
        Assert.Equal(result.Reason, refused.Data!.Value.GetProperty("reason").GetString());
    }

    [Fact]
    public async Task ApprovalLine_WhenTheDeadlinePasses_EscalatesOnlyAfterTheClockPassesIt()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 5_000_000, FullLine(teamDeputy: TeamDeputy));
        var dueAt = new DateTimeOffset(2026, 3, 6, 0, 0, 0, TimeSpan.FromHours(9));

        await host.AdvanceAsync(dueAt - host.Clock.GetUtcNow() - TimeSpan.FromMinutes(1));
        var before = (await host.Client.GetAsync(Tenants.Jongno, Id))!.CustomStatusAs<ApprovalLineProgress>()!;
        await host.AdvanceAsync(TimeSpan.FromMinutes(1));
        var after = (await host.Client.GetAsync(Tenants.Jongno, Id, includeHistory: true))!;

        Assert.Equal(TeamLead.UserId, before.AssigneeUserId);
        var progress = after.CustomStatusAs<ApprovalLineProgress>()!;
        Assert.Equal((TeamDeputy.UserId, TeamLead.UserId), (progress.AssigneeUserId, progress.ActingForUserId));
        var note = Assert.Single(after.History!, r => r is { EventType: WorkflowHistoryEventType.Note, Name: "StepEscalated" });
        Assert.Equal(WorkflowCause.Timer("deadline-r1-s0-e0").Kind, note.Cause.Kind);
        Assert.Equal("deadline-r1-s0-e0", note.Cause.Id);
        Assert.Contains(_notifier.Sent, n => n.Kind == ApprovalNotificationKind.EscalatedToYou && n.RecipientUserId == TeamDeputy.UserId);

        var byDeputy = await DecideAsync(host, TeamDeputy, ApprovalDecisionKind.Approve, 0);
        Assert.Equal(DecisionOutcome.Applied, byDeputy.Outcome);
    }

    [Fact]
    public async Task ApprovalLine_WhenAStepIsDecidedBeforeItsDeadline_TheOldDeadlineChangesNothing()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 50_000_000);
        await DecideAsync(host, TeamLead, ApprovalDecisionKind.Approve, 0);
        host.Clock.Advance(TimeSpan.FromDays(1));
        await DecideAsync(host, DivisionHead, ApprovalDecisionKind.Approve, 1);

        // Step 0's and step 1's deadlines (Friday) pass; step 2 was assigned on Tuesday and is due when Saturday begins.
        await host.AdvanceAsync(TimeSpan.FromDays(3));
        var instance = (await host.Client.GetAsync(Tenants.Jongno, Id, includeHistory: true))!;

        Assert.Equal(BureauDirector.UserId, instance.CustomStatusAs<ApprovalLineProgress>()!.AssigneeUserId);
        Assert.DoesNotContain(instance.History!, r => r.EventType == WorkflowHistoryEventType.TimerFired);
        Assert.Empty(instance.StateAs<ApprovalLineState>()!.Escalations);
    }

    [Fact]
    public async Task ApprovalLine_WhenTwoDecisionsOnOneStepArriveAtOnce_ExactlyOneApplies()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 50_000_000);

        var elsewhere = host.SecondProcessClient();

        var results = await Task.WhenAll(
            Task.Run(() => DecideAsync(host.Client, TeamLead, ApprovalDecisionKind.Approve, 0, eventId: "d-approve")),
            Task.Run(() => DecideAsync(elsewhere, TeamLead, ApprovalDecisionKind.Return, 0, comment: "보완", eventId: "d-return")));

        var instance = (await host.Client.GetAsync(Tenants.Jongno, Id, includeHistory: true))!;
        Assert.Single(results, r => r.Outcome == DecisionOutcome.Applied);
        Assert.Single(results, r => r.Outcome == DecisionOutcome.Ignored);
        Assert.Single(instance.History!, r => r.EventType == WorkflowHistoryEventType.EventRaised);
        Assert.Single(instance.StateAs<ApprovalLineState>()!.Signatures, s => s.UserId == TeamLead.UserId);
    }

    [Fact]
    public async Task ApprovalLine_WhenTheOverdueReviewerAndTheSuperiorDecideAtOnce_ExactlyOneApplies()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 50_000_000);
        await host.AdvanceAsync(TimeSpan.FromDays(4));

        var elsewhere = host.SecondProcessClient();

        var results = await Task.WhenAll(
            Task.Run(() => DecideAsync(host.Client, TeamLead, ApprovalDecisionKind.Approve, 0)),
            Task.Run(() => DecideAsync(elsewhere, DivisionHead, ApprovalDecisionKind.Approve, 1)));

        var state = (await host.Client.GetAsync(Tenants.Jongno, Id))!.StateAs<ApprovalLineState>()!;
        Assert.Equal(DecisionOutcome.Ignored, results[0].Outcome);
        Assert.Equal(DecisionOutcome.Applied, results[1].Outcome);
        Assert.Equal((2, BureauDirector.UserId), (state.Step, state.Assignee.UserId));
    }

    [Fact]
    public async Task ApprovalLine_WhenADecisionIsSentTwiceOrAfterTheEnd_ChangesNothing()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 5_000_000, [new(DivisionHead)]);

        var first = await DecideAsync(host, DivisionHead, ApprovalDecisionKind.Approve, 0, eventId: "d-1");
        var done = await host.Client.GetAsync(Tenants.Jongno, Id);
        var duplicate = await DecideAsync(host, DivisionHead, ApprovalDecisionKind.Approve, 0, eventId: "d-1");
        var late = await DecideAsync(host, DivisionHead, ApprovalDecisionKind.Reject, 0, comment: "취소", eventId: "d-2");

        var after = await host.Client.GetAsync(Tenants.Jongno, Id);
        Assert.Equal(DecisionOutcome.Applied, first.Outcome);
        Assert.True(duplicate.Duplicate);
        Assert.Equal(DecisionOutcome.Ignored, late.Outcome);
        Assert.Equal(WorkflowStatus.Completed, after!.Status);
        Assert.Equal(done!.Output!.Value.GetRawText(), after.Output!.Value.GetRawText());
        Assert.Equal(ApprovalOutcome.Approved, after.OutputAs<ApprovalLineOutput>()!.Outcome);
    }

    [Fact]
    public async Task ApprovalLine_WhenReturnedAndResubmitted_RunsAgainAndEndsApprovedWithBothRounds()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 5_000_000);
        await DecideAsync(host, TeamLead, ApprovalDecisionKind.Return, 0, comment: "산출내역 보완");
        var returned = (await host.Client.GetAsync(Tenants.Jongno, Id))!.CustomStatusAs<ApprovalLineProgress>()!;

        var resubmitted = await host.Client.RaiseEventAsync(Tenants.Jongno, Id, ApprovalLineEvents.Resubmit,
            new ApprovalResubmission(Document(6_000_000), "보완 완료"), "resubmit-1", WorkflowCause.User(Drafter.UserId));
        await DecideAsync(host, TeamLead, ApprovalDecisionKind.Approve, 0, round: 2);
        await DecideAsync(host, DivisionHead, ApprovalDecisionKind.Approve, 1, round: 2);
        var done = await host.WaitForStatusAsync(Tenants.Jongno, Id, WorkflowStatus.Completed);

        Assert.Equal((ApprovalPhase.ReturnedForRevision, Drafter.UserId), (returned.Phase, returned.AssigneeUserId));
        Assert.Equal(DecisionOutcome.Applied, resubmitted.Outcome);
        var output = done.OutputAs<ApprovalLineOutput>()!;
        Assert.Equal(2, output.Rounds);
        Assert.Equal(6_000_000, output.Document.AmountWon);
        Assert.Equal(
            [ApprovalSignatureKind.Drafted, ApprovalSignatureKind.Returned, ApprovalSignatureKind.Resubmitted, ApprovalSignatureKind.Reviewed, ApprovalSignatureKind.ApprovedDelegated],
            output.Signatures.Select(s => s.Kind));
    }

    [Fact]
    public async Task ApprovalLine_WhenTheProcessRestartsMidway_KeepsItsStepAndDeadline()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 50_000_000);
        await DecideAsync(host, TeamLead, ApprovalDecisionKind.Approve, 0);

        await host.RestartProcessAsync();
        await host.AdvanceAsync(TimeSpan.FromDays(4));

        var progress = (await host.Client.GetAsync(Tenants.Jongno, Id))!.CustomStatusAs<ApprovalLineProgress>()!;
        Assert.Equal((2, BureauDirector.UserId), (progress.Step, progress.AssigneeUserId));
        Assert.Equal(DecisionOutcome.Applied, (await DecideAsync(host, BureauDirector, ApprovalDecisionKind.Approve, 2)).Outcome);
        await host.WaitForStatusAsync(Tenants.Jongno, Id, WorkflowStatus.Completed);
    }

    [Fact]
    public async Task ApprovalLine_WhenTheDrafterIsInTheLine_RefusesToStart()
    {
        await using var host = StartHost();

        var result = await host.Client.StartAsync(Tenants.Jongno, ApprovalLineWorkflow.WorkflowName, Input(5_000_000, [new(TeamLead), new(Drafter), new(DivisionHead)]),
            Id, WorkflowCause.User(Drafter.UserId));

        Assert.Equal(WorkflowStartOutcome.Refused, result.Outcome);
        Assert.Null(await host.Client.GetAsync(Tenants.Jongno, Id));
    }

    [Fact]
    public async Task ListAsync_WhenFilteredByAssignee_ListsTheLinesWaitingForThatOfficial()
    {
        await using var host = StartHost();
        await StartLineAsync(host, 5_000_000);
        await host.Client.StartAsync(Tenants.Jongno, ApprovalLineWorkflow.WorkflowName, Input(5_000_000, [new(DivisionHead)]) with { Document = Document(1_000) with { Id = "c-2026-0002" } },
            "approval-c-2026-0002", WorkflowCause.User(Drafter.UserId));
        await DecideAsync(host, TeamLead, ApprovalDecisionKind.Approve, 0);

        var waitingForDivisionHead = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter
        {
            Status = WorkflowStatus.Running,
            WorkflowType = ApprovalLineWorkflow.WorkflowName,
            CustomStatus = new WorkflowCustomStatusFilter("assigneeUserId", DivisionHead.UserId),
        });
        var waitingForTeamLead = await host.Client.ListAsync(Tenants.Jongno, new WorkflowInstanceFilter
        {
            CustomStatus = new WorkflowCustomStatusFilter("assigneeUserId", TeamLead.UserId),
        });

        Assert.Equal([Id, "approval-c-2026-0002"], waitingForDivisionHead.Items.Select(i => i.InstanceId).Order(StringComparer.Ordinal));
        Assert.Empty(waitingForTeamLead.Items);
    }

    private WorkflowHost StartHost() => WorkflowHost.Start(services => services.AddSingleton<IApprovalNotifier>(_notifier));

    private static async Task StartLineAsync(WorkflowHost host, long amountWon, IReadOnlyList<ApprovalLineMember>? line = null)
    {
        var result = await host.Client.StartAsync(Tenants.Jongno, ApprovalLineWorkflow.WorkflowName, Input(amountWon, line), Id,
            WorkflowCause.User(Drafter.UserId),
            new WorkflowStartOptions { CompletionQueue = host.CompletionQueue, CorrelationId = "commitment:c-2026-0001" });
        Assert.Equal(WorkflowStartOutcome.Started, result.Outcome);
    }

    private static Task<RaiseEventResult> DecideAsync(WorkflowHost host, Official by, ApprovalDecisionKind kind, int step, int round = 1,
        string? comment = null, string? eventId = null) =>
        DecideAsync(host.Client, by, kind, step, round, comment, eventId);

    private static Task<RaiseEventResult> DecideAsync(WorkflowClient client, Official by, ApprovalDecisionKind kind, int step, int round = 1,
        string? comment = null, string? eventId = null) =>
        client.RaiseEventAsync(Tenants.Jongno, Id, ApprovalLineEvents.Decision, new ApprovalDecision(kind, round, step, comment),
            eventId ?? $"d-{by.UserId}-{round}-{step}", WorkflowCause.User(by.UserId));
}
