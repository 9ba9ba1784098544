using LoFin.Application.Security;
using Microsoft.AspNetCore.Authorization;

namespace LoFin.Functions.Security;

/// <summary>Authorization policies by role. Every endpoint that is not public names one, or needs at least a signed-in user.</summary>
public static class Policies
{
    public const string Operator = "operator";

    /// <summary>Operators of the ministry's national tenant: platform-wide things (timers) are theirs.</summary>
    public const string PlatformOperator = "platform-operator";

    /// <summary>Officials of a government (or the ministry): the people who draft and sign documents.</summary>
    public const string Official = "official";

    public static readonly string[] OfficialRoles =
    [
        Roles.BudgetOfficer, Roles.DepartmentClerk, Roles.FinanceOfficer, Roles.DisbursingOfficer, Roles.Cashier, Roles.Approver,
        Roles.Accountant, Roles.SubsidyOfficer, Roles.PolicyAnalyst, Roles.MinistryOfficer, Roles.ParticipationOfficer,
        Roles.DisclosureOfficer, Roles.Operator, Roles.Auditor,
    ];

    public static void Configure(AuthorizationOptions options)
    {
        // Secure by default: Program.cs puts every function in a group that requires this policy.
        options.DefaultPolicy = new AuthorizationPolicyBuilder(BearerTokenHandler.SchemeName).RequireAuthenticatedUser().Build();
        options.AddPolicy(Official, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser().RequireClaim(CurrentUser.RoleClaim, OfficialRoles));
        options.AddPolicy(PlatformOperator, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser()
            .RequireClaim(CurrentUser.RoleClaim, Roles.Operator).RequireClaim(CurrentUser.TenantClaim, Domain.Tenancy.TenantId.National.Value));
        options.AddPolicy(Operator, p => p.AddAuthenticationSchemes(BearerTokenHandler.SchemeName).RequireAuthenticatedUser().RequireClaim(CurrentUser.RoleClaim, Roles.Operator));
    }
}
