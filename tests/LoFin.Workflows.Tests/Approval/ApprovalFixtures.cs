using LoFin.Domain.Time;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Calendar;
using LoFin.Workflows.Runtime;
using LoFin.Workflows.Tests.Support;

namespace LoFin.Workflows.Tests.Approval;

/// <summary>A 종로구 재정과 line: 주무관 drafts; 팀장, 과장, 국장, 부구청장, 구청장 in order.</summary>
public static class ApprovalFixtures
{
    public static readonly Official Drafter = new("u-drafter", "김기안", "주무관", ApprovalRank.Staff);
    public static readonly Official TeamLead = new("u-team", "이팀장", "예산팀장", ApprovalRank.TeamLead);
    public static readonly Official TeamDeputy = new("u-team-deputy", "오차석", "예산팀 차석", ApprovalRank.Staff);
    public static readonly Official DivisionHead = new("u-division", "박과장", "재정과장", ApprovalRank.DivisionHead);
    public static readonly Official BureauDirector = new("u-bureau", "최국장", "기획경제국장", ApprovalRank.BureauDirector);
    public static readonly Official DeputyHead = new("u-deputy-head", "정부구청장", "부구청장", ApprovalRank.DeputyHead);
    public static readonly Official Head = new("u-head", "한구청장", "구청장", ApprovalRank.Head);

    public static IReadOnlyList<ApprovalLineMember> FullLine(Official? teamDeputy = null) =>
    [
        new(TeamLead, teamDeputy),
        new(DivisionHead),
        new(BureauDirector),
        new(DeputyHead),
        new(Head),
    ];

    public static ApprovalDocument Document(long amountWon) => new("commitment", "c-2026-0001", "청사 냉난방기 교체 계약", amountWon);

    public static ApprovalLineInput Input(long amountWon, IReadOnlyList<ApprovalLineMember>? line = null) =>
        new(Document(amountWon), Drafter, line ?? FullLine());

    public static ApprovalLineWorkflow Workflow(IHolidayCalendar? holidays = null) =>
        new(DelegationRuleBook.Standard, new BusinessDayDeadline(holidays ?? new WeekendsOnlyCalendar()));

    public static WorkflowContext At(DateTimeOffset now) => new(Tenants.Jongno, "approval-1", 1, now);

    public static WorkflowContext Monday => At(WorkflowHost.Monday0900Kst);

    public static ExternalEventRaised Decision(Official by, ApprovalDecisionKind kind, int step, int round = 1, string? comment = null, string? eventId = null) =>
        ExternalEventRaised.Create(ApprovalLineEvents.Decision, eventId ?? $"d-{by.UserId}-{round}-{step}-{kind}",
            new ApprovalDecision(kind, round, step, comment), WorkflowCause.User(by.UserId));

    public static ExternalEventRaised Resubmit(Official by, long amountWon, string? comment = null) =>
        ExternalEventRaised.Create(ApprovalLineEvents.Resubmit, $"r-{amountWon}", new ApprovalResubmission(Document(amountWon) with { Title = "청사 냉난방기 교체 계약 (수정)" }, comment),
            WorkflowCause.User(by.UserId));

    public static ExternalEventRaised Withdraw(Official by) =>
        ExternalEventRaised.Create(ApprovalLineEvents.Withdraw, "w-1", new ApprovalWithdrawal("다음 분기로 연기"), WorkflowCause.User(by.UserId));

    /// <summary>Applies a decision that must apply and returns its state.</summary>
    public static ApprovalLineState Applied(Decision<ApprovalLineState> decision) =>
        decision.Outcome == DecisionOutcome.Applied
            ? decision.State!
            : throw new InvalidOperationException($"Expected the decision to apply, but it was {decision.Outcome}: {decision.Reason}");

    public static ApprovalLineOutput Output(Decision<ApprovalLineState> decision) =>
        (ApprovalLineOutput)decision.Commands.OfType<CompleteWorkflow>().Single().Output!;
}
