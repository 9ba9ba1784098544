namespace LoFin.Application.Security;

/// <summary>
/// Every role of every service, with its Korean name. Roles are checked per action;
/// separation of duties (지출원 ≠ 출납원, drafter ≠ approver) is checked per document on top.
/// </summary>
public static class Roles
{
    // e호조+ (staff portal)
    public const string BudgetOfficer = "BudgetOfficer";
    public const string DepartmentClerk = "DepartmentClerk";
    public const string FinanceOfficer = "FinanceOfficer";
    public const string DisbursingOfficer = "DisbursingOfficer";
    public const string Cashier = "Cashier";
    public const string Approver = "Approver";
    public const string Accountant = "Accountant";

    // 보탬e (subsidies)
    public const string SubsidyOfficer = "SubsidyOfficer";
    public const string SubsidyRecipient = "SubsidyRecipient";

    // 정책도움e (policy)
    public const string PolicyAnalyst = "PolicyAnalyst";
    public const string MinistryOfficer = "MinistryOfficer";

    // e호조+빌 (vendors)
    public const string Vendor = "Vendor";

    // 주민e참여 (participation)
    public const string Resident = "Resident";
    public const string ParticipationOfficer = "ParticipationOfficer";

    // 지방재정365 (disclosure)
    public const string DisclosureOfficer = "DisclosureOfficer";

    // Operations
    public const string Operator = "Operator";
    public const string Auditor = "Auditor";

    public static readonly IReadOnlyDictionary<string, string> KoreanNames = new Dictionary<string, string>
    {
        [BudgetOfficer] = "예산담당",
        [DepartmentClerk] = "부서 회계담당(기안자)",
        [FinanceOfficer] = "재무관",
        [DisbursingOfficer] = "지출원",
        [Cashier] = "출납원",
        [Approver] = "결재권자",
        [Accountant] = "결산담당",
        [SubsidyOfficer] = "보조금담당",
        [SubsidyRecipient] = "보조사업자",
        [PolicyAnalyst] = "재정분석담당",
        [MinistryOfficer] = "행정안전부 재정담당",
        [Vendor] = "거래처",
        [Resident] = "주민",
        [ParticipationOfficer] = "주민참여예산담당",
        [DisclosureOfficer] = "재정공시담당",
        [Operator] = "시스템 운영자",
        [Auditor] = "감사담당",
    };

    public static bool IsKnown(string role) => KoreanNames.ContainsKey(role);

    public static string KoreanName(string role) => KoreanNames.TryGetValue(role, out var name) ? name : role;
}
