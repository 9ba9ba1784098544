using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Timers;

/// <summary>
/// A timer function's schedule status, one document per function in the national partition
/// (<c>timer:{functionName}</c>). It is our equivalent of Azure's ScheduleStatus blob and its
/// singleton lease together: occurrences after <see cref="AnchorAt"/> are still owed, and moving
/// the anchor with an etag-conditional replace is how an instance claims an occurrence, so no
/// two instances (and no restarted instance) ever run the same occurrence.
/// </summary>
public sealed record TimerState(
    string FunctionName,
    string Schedule,
    DateTimeOffset FirstSeenAt,
    DateTimeOffset AnchorAt,
    TimerRunRecord? LastRun = null,
    TimerFailure? LastFailure = null) : IDocumentBody
{
    public static string DocumentType => "timerState";

    public static TenantId Partition => TenantId.National;

    public static string DocumentId(string functionName) => $"timer:{functionName}";
}
