namespace LoFin.Application.Audit;

/// <summary>Actor names for audit records that no signed-in user caused.</summary>
public static class AuditActors
{
    /// <summary>A request without a (valid) bearer token.</summary>
    public const string Anonymous = "anonymous";

    /// <summary>Work the platform did by itself, e.g. <c>System("timer:close-fiscal-day")</c> → <c>system:timer:close-fiscal-day</c>.</summary>
    public static string System(string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        return "system:" + name;
    }
}
