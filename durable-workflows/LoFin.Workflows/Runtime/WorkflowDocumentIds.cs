using System.Globalization;

namespace LoFin.Workflows.Runtime;

/// <summary>Document ids of the runtime's documents, all in the instance's tenant partition.</summary>
public static class WorkflowDocumentIds
{
    public static string Instance(string instanceId) => $"wf:{instanceId}";

    /// <summary>Zero-padded so that ids sort in sequence order.</summary>
    public static string History(string instanceId, long sequence) =>
        $"wf-history:{instanceId}:{sequence.ToString("D8", CultureInfo.InvariantCulture)}";

    public static string EventReceipt(string instanceId, string eventId) => $"wf-event:{instanceId}:{eventId}";
}
