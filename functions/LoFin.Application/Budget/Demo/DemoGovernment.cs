using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Demo;

/// <summary>
/// A demo government's budget shape: whether it is a 광역 (its own money is 시도비, and it pays
/// 자치단체 보조 to its 기초), its departments' 기관코드 prefix (illustrative, not the real
/// codes), a per-mille scale of line amounts against 서울, the number of lines, and its revenue mix.
/// </summary>
public sealed record DemoGovernment(TenantId TenantId, string Name, bool IsMetropolitan, int DepartmentCodeBase, int ScalePerMille, int TargetLines, DemoRevenueMix Mix)
{
    public static readonly IReadOnlyList<DemoGovernment> All =
    [
        new(TenantId.Parse("11000"), "서울특별시", true, 6110000, 1000, 720, DemoRevenueMix.Metropolitan),
        new(TenantId.Parse("41110"), "경기도 수원시", false, 3740000, 110, 520, DemoRevenueMix.City),
        new(TenantId.Parse("41830"), "경기도 양평군", false, 4170000, 40, 360, DemoRevenueMix.County),
    ];
}

/// <summary>How a government's 일반회계 is financed beyond subsidies: 재정자립도 is high in 서울, low in a 군.</summary>
public enum DemoRevenueMix
{
    Metropolitan,
    City,
    County,
}
