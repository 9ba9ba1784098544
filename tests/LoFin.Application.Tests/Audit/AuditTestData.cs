using System.Net;
using LoFin.Application.Audit;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Tests.Audit;

internal static class AuditTestData
{
    public static readonly TenantId Seoul = TenantId.Parse("11000");
    public static readonly TenantId Jongno = TenantId.Parse("11110");

    public static AuditEntry Entry(TenantId tenant, int n = 1, string actor = "user-7f3a") => new(
        tenant,
        actor,
        ["지출원", "budget-officer"],
        "POST /api/tenants/{tenantId}/commitments",
        $"/api/tenants/{tenant}/commitments/c-{n}",
        AuditOutcomes.FromStatusCode(201),
        CorrelationId: $"corr-{n}",
        ClientAddress: IPAddress.Parse("203.0.113.77"));

    public static AuditRecord Record() => new()
    {
        Format = AuditRecord.CurrentFormat,
        Sequence = 3,
        Tenant = Seoul,
        Actor = "user-7f3a",
        ActorRoles = ["budget-officer", "지출원"],
        Action = "POST /api/tenants/{tenantId}/commitments",
        Target = "/api/tenants/11000/commitments/c-1",
        Outcome = "201",
        CorrelationId = "corr-1",
        ClientNetwork = "203.0.113.0/24",
        OccurredAt = new DateTimeOffset(2026, 3, 2, 9, 30, 15, 123, TimeSpan.Zero).AddTicks(4567),
        PreviousHash = new string('a', AuditHash.HexLength),
        Hash = "",
    };
}
