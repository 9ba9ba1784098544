namespace LoFin.Domain.Time;

/// <summary>
/// Business dates (회계연도, 지급기한, timer schedules) are Asia/Seoul wall-clock dates;
/// instants are UTC. This is the one place that knows the zone.
/// </summary>
public static class SeoulTime
{
    public const string ZoneId = "Asia/Seoul";

    /// <summary>
    /// The IANA zone when the host has tzdata; otherwise a fixed +09:00 zone of the same
    /// name. The fallback is exact for every date since 1988: Korea has not observed
    /// daylight saving time since then.
    /// </summary>
    public static readonly TimeZoneInfo Zone = FindZone();

    public static DateTimeOffset ToSeoul(DateTimeOffset instant) => TimeZoneInfo.ConvertTime(instant, Zone);

    /// <summary>The Seoul calendar date of <paramref name="instant"/>.</summary>
    public static DateOnly DateOf(DateTimeOffset instant) => DateOnly.FromDateTime(ToSeoul(instant).DateTime);

    /// <summary>The instant the Seoul day <paramref name="date"/> begins (00:00 KST).</summary>
    public static DateTimeOffset StartOf(DateOnly date)
    {
        var local = date.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified);
        return new DateTimeOffset(local, Zone.GetUtcOffset(local)).ToUniversalTime();
    }

    /// <summary>The Seoul calendar date at the clock's current instant.</summary>
    public static DateOnly Today(TimeProvider clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return DateOnly.FromDateTime(ToSeoul(clock.GetUtcNow()).DateTime);
    }

    private static TimeZoneInfo FindZone()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById(ZoneId);
        }
        catch (Exception ex) when (ex is TimeZoneNotFoundException or InvalidTimeZoneException)
        {
            return TimeZoneInfo.CreateCustomTimeZone(ZoneId, TimeSpan.FromHours(9), "(UTC+09:00) Seoul", "Korea Standard Time");
        }
    }
}
