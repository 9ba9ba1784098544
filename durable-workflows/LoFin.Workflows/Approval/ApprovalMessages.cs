using System.Globalization;

namespace LoFin.Workflows.Approval;

/// <summary>
/// Every sentence the approval line says to a person (refusals, ignored events, invalid
/// input), in one place so the wording can be reviewed and changed without touching the
/// rules. They reach officials verbatim (problem details, the portal, the history), so they
/// are official Korean: steps are shown 1-based (the line counts from 0), amounts in won
/// with thousands separators, ranks by their Korean title. Sentences are built so that every
/// particle (은/는, 이/가) follows a fixed word, never a name or a number.
/// </summary>
internal static class ApprovalMessages
{
    public const string InputIncomplete = "결재선을 시작하려면 문서, 기안자, 결재선을 모두 지정해야 합니다.";

    public const string DocumentIncomplete = "문서의 종류, 번호, 제목을 모두 입력해야 합니다.";

    public const string NegativeDocumentAmount = "문서 금액은 0원 이상이어야 합니다.";

    public const string DrafterWithoutUserId = "기안자의 사용자 ID를 입력해야 합니다.";

    public const string StepWithoutUserId =
        "결재선의 모든 단계에 사용자 ID가 있는 결재자를 지정해야 합니다. 대결자를 지정한 단계는 대결자의 사용자 ID도 있어야 합니다.";

    public const string DecisionNotFromOfficial = "결재는 로그인한 공무원만 할 수 있습니다.";

    public const string CommentRequired = "반려하거나 불승인할 때는 사유를 입력해야 합니다.";

    public const string OnlyDrafterResubmits = "기안자만 문서를 다시 상신할 수 있습니다.";

    public const string NotReturnedForRevision = "반려된 문서가 아니어서 다시 상신할 수 없습니다.";

    public const string RevisionIsAnotherDocument =
        "보완한 문서는 원래 문서와 종류·번호가 같아야 합니다. 다른 문서는 새 결재선으로 상신해야 합니다.";

    public const string OnlyDrafterWithdraws = "기안자만 문서를 회수할 수 있습니다.";

    public const string NoDelegationRules = "전결 기준표에 기준이 하나 이상 있어야 합니다.";

    public const string LastRuleOpenEnded =
        "마지막 기준을 뺀 모든 기준에는 상한 금액이 있어야 하고, 마지막 기준에는 상한 금액이 없어야 합니다. 그래야 모든 금액에 최종 결재권자가 정해집니다.";

    public const string NegativeAmount = "금액은 0원 이상이어야 합니다.";

    /// <summary>"3단계" for the internal step 2.</summary>
    public static string Step(int step) => string.Create(CultureInfo.InvariantCulture, $"{step + 1}단계");

    /// <summary>"12,000,000원".</summary>
    public static string Won(long amountWon) => amountWon.ToString("N0", CultureInfo.InvariantCulture) + "원";

    public static string RankName(ApprovalRank rank) => rank switch
    {
        ApprovalRank.Staff => "주무관",
        ApprovalRank.TeamLead => "팀장",
        ApprovalRank.DivisionHead => "과장",
        ApprovalRank.BureauDirector => "국장",
        ApprovalRank.DeputyHead => "부단체장",
        ApprovalRank.Head => "단체장",
        _ => rank.ToString(),
    };

    public static string LineLength(int maxSteps) =>
        string.Create(CultureInfo.InvariantCulture, $"결재선은 최소 1단계, 최대 {maxSteps}단계로 구성해야 합니다.");

    public static string DrafterInLine(Official drafter, int step) =>
        $"기안자({drafter.Name})는 자신이 기안한 문서의 {Step(step)} 결재자로 지정될 수 없습니다.";

    public static string DrafterAsDeputy(Official drafter, int step) =>
        $"기안자({drafter.Name})는 자신이 기안한 문서의 {Step(step)} 대결자로 지정될 수 없습니다.";

    public static string DrafterDecides(Official drafter) =>
        $"기안자({drafter.Name})는 자신이 기안한 문서를 결재할 수 없습니다.";

    public static string OfficialTwice(Official official) =>
        $"{official.Name}님이 결재선에 두 번 이상 지정되어 있습니다. 같은 사람은 결재선에 한 번만 지정할 수 있습니다.";

    public static string OwnDeputy(Official official, int step) =>
        $"{Step(step)}의 {official.Name}님을 자신의 대결자로 지정할 수 없습니다.";

    public static string StepDeadline(int maxBusinessDays) =>
        string.Create(CultureInfo.InvariantCulture, $"단계별 처리 기한은 1~{maxBusinessDays}영업일로 지정해야 합니다.");

    public static string InvalidDelegationRules(string problem) => $"전결 기준이 올바르지 않습니다. {problem}";

    public static string NotAwaitingDecision(int step, int round) =>
        string.Create(CultureInfo.InvariantCulture, $"결재 {Step(step)}(상신 {round}차)는 이미 처리되었거나 아직 결정할 차례가 아닙니다.");

    public static string AssignedToSomeoneElse(int step, Official assignee) =>
        $"{Step(step)}는 {assignee.Name}님에게 배정되어 있어 본인만 결정할 수 있습니다.";

    public static string CommentTooLong(int maxLength) =>
        $"의견은 {maxLength.ToString("N0", CultureInfo.InvariantCulture)}자 이내로 입력해야 합니다.";

    public static string UnknownDecision(ApprovalDecisionKind decision) =>
        $"알 수 없는 결정입니다('{decision}'). 승인, 반려, 불승인 중 하나를 선택해야 합니다.";

    public static string TooManyRounds(int maxRounds) =>
        string.Create(CultureInfo.InvariantCulture, $"한 문서는 최대 {maxRounds}차까지 상신할 수 있습니다. 문서를 회수한 뒤 새로 기안해야 합니다.");

    public static string UnknownEvent(string eventName) =>
        $"결재선은 '{eventName}' 이벤트를 처리하지 않습니다. 처리할 수 있는 이벤트는 " +
        $"{ApprovalLineEvents.Decision}(결재), {ApprovalLineEvents.Resubmit}(재상신), {ApprovalLineEvents.Withdraw}(회수)입니다.";

    public static string UnusedEvent(string eventType) => $"결재선은 {eventType} 이벤트를 사용하지 않습니다.";

    public static string NotCurrentDeadline(string timerId) => $"'{timerId}' 타이머는 현재 결재 단계의 처리 기한 타이머가 아닙니다.";

    public static string TooManyDelegationRules(int maxRules) =>
        string.Create(CultureInfo.InvariantCulture, $"전결 기준표에는 기준을 최대 {maxRules}개까지 둘 수 있습니다.");

    /// <summary><paramref name="rule"/> is 0-based like the table; shown 1-based.</summary>
    public static string NegativeCeiling(int rule) =>
        string.Create(CultureInfo.InvariantCulture, $"{rule + 1}번 기준의 상한 금액은 0원 이상이어야 합니다.");

    public static string CeilingsMustRise(int rule, long ceilingWon, long previousWon) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{rule + 1}번 기준의 상한 금액({Won(ceilingWon)})은 앞 기준의 상한 금액({Won(previousWon)})보다 커야 합니다.");

    public static string RankMustNotFall(int rule, ApprovalRank rank, ApprovalRank previous) =>
        string.Create(CultureInfo.InvariantCulture,
            $"{rule + 1}번 기준의 최종 결재 직급({RankName(rank)})이 앞 기준의 직급({RankName(previous)})보다 낮습니다. 금액이 클수록 같거나 더 높은 직급이 최종 결재해야 합니다.");

    public static string NoFinalApprover(long amountWon, ApprovalRank required) =>
        $"{Won(amountWon)} 문서의 최종 결재권자는 {RankName(required)} 이상이어야 하지만, 결재선에 {RankName(required)} 이상인 결재자가 없습니다.";
}
