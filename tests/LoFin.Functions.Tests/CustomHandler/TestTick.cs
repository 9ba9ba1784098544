using LoFin.Application.Documents;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>The effect a test timer function leaves in the national partition: one document per occurrence.</summary>
public sealed record TestTick(DateTimeOffset ScheduledAt, DateTimeOffset? PreviousScheduledAt, bool IsPastDue, int MissedOccurrences) : IDocumentBody
{
    public static string DocumentType => "test-tick";

    public static string DocumentId(DateTimeOffset scheduledAt) => $"test-tick:{scheduledAt.UtcTicks}";
}
