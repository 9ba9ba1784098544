namespace LoFin.Domain.Tenancy;

/// <summary>광역 (시·도) or 기초 (시·군·구), or the ministry itself.</summary>
public enum GovernmentLevel
{
    Metropolitan,
    Basic,
    Ministry,
}

/// <summary>One of the 243 local governments, or 행정안전부 (the national tenant).</summary>
public sealed record LocalGovernment(
    TenantId TenantId,
    string Name,
    GovernmentLevel Level,
    string Kind,
    TenantId? ParentId)
{
    public static string LevelName(GovernmentLevel level) => level switch
    {
        GovernmentLevel.Metropolitan => "광역",
        GovernmentLevel.Basic => "기초",
        GovernmentLevel.Ministry => "중앙",
        _ => throw new ArgumentOutOfRangeException(nameof(level)),
    };

    public static GovernmentLevel ParseLevel(string name) => name switch
    {
        "광역" => GovernmentLevel.Metropolitan,
        "기초" => GovernmentLevel.Basic,
        "중앙" => GovernmentLevel.Ministry,
        _ => throw new FormatException($"Unknown government level '{name}'."),
    };
}
