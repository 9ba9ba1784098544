namespace LoFin.Workflows.Approval;

/// <summary>
/// An official's level of authority in a local government, lowest first. The 전결 rules
/// name the rank that may sign as final approver for an amount.
/// </summary>
public enum ApprovalRank
{
    /// <summary>주무관: drafts and reviews; never the final approver under the standard rules.</summary>
    Staff = 0,

    /// <summary>팀장 (담당).</summary>
    TeamLead = 10,

    /// <summary>과장.</summary>
    DivisionHead = 20,

    /// <summary>국장 (실장, 소장).</summary>
    BureauDirector = 30,

    /// <summary>부시장·부군수·부구청장.</summary>
    DeputyHead = 40,

    /// <summary>시장·군수·구청장: signing at this rank is 결재 proper, not 전결.</summary>
    Head = 50,
}
