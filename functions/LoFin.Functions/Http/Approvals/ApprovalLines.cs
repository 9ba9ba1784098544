using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Workflows.Approval;

namespace LoFin.Functions.Http.Approvals;

/// <summary>
/// Turns the user ids a drafter names for an approval line (결재선) into officials of their own
/// government, with a Korean problem naming the first one that is not. Every function that
/// starts a line (기안, 전용, 원인행위, 지출결의, 지급명령) resolves it here.
/// </summary>
public static class ApprovalLines
{
    public const int MaxLength = 10;

    public static async Task<(ApprovalLineRequest? Line, IResult? Problem)> ResolveAsync(HttpContext context, TenantId tenant, string drafterUserId,
        IReadOnlyList<string?>? userIds, OfficialDirectory officials, CancellationToken cancellationToken)
    {
        if (userIds is not { Count: >= 1 and <= MaxLength })
        {
            return (null, ProblemResults.Validation(context, "line", $"결재선에 1~{MaxLength}명을 지정하세요."));
        }
        var drafter = await officials.FindAsync(tenant, drafterUserId, cancellationToken);
        if (drafter is null)
        {
            return (null, ProblemResults.Result(context, 403, "기안할 수 없습니다.", "이 지방자치단체의 공무원 계정이 아닙니다."));
        }
        var members = new List<ApprovalLineMember>();
        var accounts = new List<Application.Security.UserAccount>();
        for (var i = 0; i < userIds.Count; i++)
        {
            var account = await officials.FindAccountAsync(tenant, userIds[i] ?? "", cancellationToken);
            if (account is null)
            {
                return (null, ProblemResults.Validation(context, $"line[{i}]", $"'{userIds[i]}'은(는) 이 지방자치단체의 공무원이 아닙니다."));
            }
            accounts.Add(account);
            members.Add(new ApprovalLineMember(OfficialDirectory.ToOfficial(account)));
        }
        return (new ApprovalLineRequest(drafter, members, accounts), null);
    }
}
