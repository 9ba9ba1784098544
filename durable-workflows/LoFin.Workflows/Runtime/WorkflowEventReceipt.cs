using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// Records that an external event id was received and what came of it
/// (<c>wf-event:{instanceId}:{eventId}</c>). Created in the transition's batch, so a
/// duplicate is found by one point read and answered with the original outcome.
/// </summary>
public sealed record WorkflowEventReceipt(
    string InstanceId,
    string EventId,
    string EventName,
    DecisionOutcome Outcome,
    string? Reason,
    long HistorySequence,
    int Generation,
    DateTimeOffset ReceivedAt) : IDocumentBody
{
    public static string DocumentType => "wf-event";
}
