namespace LoFin.Workflows.Runtime;

/// <summary>The activities this process runs, by name, from an explicit registration list.</summary>
public sealed class WorkflowActivityRegistry
{
    private readonly Dictionary<string, IWorkflowActivity> _byName = new(StringComparer.Ordinal);

    public WorkflowActivityRegistry(IEnumerable<IWorkflowActivity> activities)
    {
        foreach (var activity in activities)
        {
            if (!_byName.TryAdd(activity.Name, activity))
            {
                throw new InvalidOperationException($"Two activities are registered as '{activity.Name}'.");
            }
        }
    }

    public bool TryGet(string name, out IWorkflowActivity activity) => _byName.TryGetValue(name, out activity!);
}
