using LoFin.Application.Security;
using LoFin.Workflows.Approval;

namespace LoFin.Functions.Http.Approvals;

/// <summary>A drafter and the officials they named for the line, resolved to accounts of the same government.</summary>
public sealed record ApprovalLineRequest(Official Drafter, IReadOnlyList<ApprovalLineMember> Members, IReadOnlyList<UserAccount> Accounts);
