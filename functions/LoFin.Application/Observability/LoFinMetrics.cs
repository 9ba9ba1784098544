using System.Diagnostics.Metrics;

namespace LoFin.Application.Observability;

/// <summary>The platform's own meters; ASP.NET Core and the runtime publish theirs alongside.</summary>
public static class LoFinMetrics
{
    public const string MeterName = "LoFin";

    private static readonly Meter Meter = new(MeterName);

    public static readonly Counter<long> MessagesHandled = Meter.CreateCounter<long>("lofin.messages.handled", description: "Messages a queue function handled.");
    public static readonly Counter<long> MessagesDuplicate = Meter.CreateCounter<long>("lofin.messages.duplicate", description: "Redeliveries recognised by message id and skipped.");
    public static readonly Counter<long> MessagesFailed = Meter.CreateCounter<long>("lofin.messages.failed", description: "Deliveries that threw and will be retried.");
    public static readonly Counter<long> MessagesDeadLettered = Meter.CreateCounter<long>("lofin.messages.dead_lettered", description: "Messages moved to the dead-letter list.");
    public static readonly Histogram<double> MessageHandlingMs = Meter.CreateHistogram<double>("lofin.messages.handling_ms", unit: "ms");
    public static readonly Counter<long> TimerRuns = Meter.CreateCounter<long>("lofin.timers.runs", description: "Timer occurrences run.");
    public static readonly Counter<long> WorkflowTransitions = Meter.CreateCounter<long>("lofin.workflows.transitions", description: "Workflow history events appended.");
    public static readonly Counter<long> PaymentsSettled = Meter.CreateCounter<long>("lofin.payments.settled", description: "Payments whose final bank result was recorded (tag outcome: succeeded or failed).");
    public static readonly Counter<long> AuditRecords = Meter.CreateCounter<long>("lofin.audit.records", description: "Audit records appended.");
}
