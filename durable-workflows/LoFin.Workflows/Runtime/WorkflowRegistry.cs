namespace LoFin.Workflows.Runtime;

/// <summary>The workflow types this process runs, by name, from an explicit registration list.</summary>
public sealed class WorkflowRegistry
{
    private readonly Dictionary<string, IWorkflow> _byName = new(StringComparer.Ordinal);

    public WorkflowRegistry(IEnumerable<IWorkflow> workflows)
    {
        foreach (var workflow in workflows)
        {
            if (!_byName.TryAdd(workflow.Name, workflow))
            {
                throw new InvalidOperationException($"Two workflows are registered as '{workflow.Name}'.");
            }
        }
    }

    public IReadOnlyCollection<string> Names => _byName.Keys;

    public bool TryGet(string name, out IWorkflow workflow) => _byName.TryGetValue(name, out workflow!);

    public IWorkflow Get(string name) =>
        _byName.TryGetValue(name, out var workflow)
            ? workflow
            : throw new InvalidOperationException($"No workflow is registered as '{name}'. Registered: {string.Join(", ", _byName.Keys)}.");
}
