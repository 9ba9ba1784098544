using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// One append-only history record (<c>wf-history:{instanceId}:{sequence:D8}</c>). Each
/// transition writes the event that caused it and one record per effect, all with the
/// same <see cref="Cause"/>, in the batch that changes the instance.
/// </summary>
public sealed record WorkflowHistoryRecord(
    string InstanceId,
    int Generation,
    long Sequence,
    DateTimeOffset Timestamp,
    WorkflowHistoryEventType EventType,
    string? Name,
    WorkflowCause Cause,
    JsonElement? Data) : IDocumentBody
{
    public static string DocumentType => "wf-history";
}
