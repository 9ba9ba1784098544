using LoFin.Application.Documents;
using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Workflows.Approval;

namespace LoFin.Functions.Http.Approvals;

/// <summary>Turns user accounts of a government into the officials an approval line names.</summary>
public sealed class OfficialDirectory(IDocumentStore store)
{
    public async Task<Official?> FindAsync(TenantId tenant, string userId, CancellationToken cancellationToken) =>
        await FindAccountAsync(tenant, userId, cancellationToken) is { } account ? ToOfficial(account) : null;

    /// <summary>The government's user account, with its roles, or null.</summary>
    public async Task<UserAccount?> FindAccountAsync(TenantId tenant, string userId, CancellationToken cancellationToken)
    {
        if (userId.Length is 0 or > 64)
        {
            return null;
        }
        return (await store.ReadAsync<UserAccount>(tenant, UserAccount.DocumentId(userId), cancellationToken))?.Body;
    }

    public static Official ToOfficial(UserAccount user) => new(user.UserId, user.Name, PositionName(user.Position), Rank(user.Position));

    public static ApprovalRank Rank(Position position) => position switch
    {
        Position.TeamLead => ApprovalRank.TeamLead,
        Position.DivisionHead => ApprovalRank.DivisionHead,
        Position.BureauDirector => ApprovalRank.BureauDirector,
        Position.DeputyHead => ApprovalRank.DeputyHead,
        Position.Head => ApprovalRank.Head,
        _ => ApprovalRank.Staff,
    };

    public static string PositionName(Position position) => position switch
    {
        Position.TeamLead => "팀장",
        Position.DivisionHead => "과장",
        Position.BureauDirector => "국장",
        Position.DeputyHead => "부단체장",
        Position.Head => "단체장",
        _ => "주무관",
    };
}
