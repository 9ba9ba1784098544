using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Security;

/// <summary>
/// 직위 (position) decides who may sign as final approver under the 전결 rules.
/// Ordered from the lowest to the highest.
/// </summary>
public enum Position
{
    None,
    Officer,
    TeamLead,
    DivisionHead,
    BureauDirector,
    DeputyHead,
    Head,
}

/// <summary>
/// A person who signs in: an official of a local government, or a resident, vendor or
/// subsidy recipient acting towards one. Stored in that government's partition.
/// No 주민등록번호 or other identity numbers are kept here.
/// </summary>
public sealed record UserAccount(
    string UserId,
    TenantId TenantId,
    string Name,
    string Service,
    IReadOnlyList<string> Roles,
    Position Position,
    string? Department,
    bool IsDemo) : IDocumentBody
{
    public static string DocumentType => "user";

    public static string DocumentId(string userId) => $"user:{userId}";
}
