using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Tests.Support;

public static class Tenants
{
    /// <summary>서울특별시 종로구.</summary>
    public static readonly TenantId Jongno = TenantId.Parse("11110");

    /// <summary>부산광역시 중구.</summary>
    public static readonly TenantId BusanJung = TenantId.Parse("26110");
}
