namespace LoFin.Workflows.Runtime;

/// <summary>Appends a named fact to the history (e.g. "StepEscalated") so that a reader of the history sees why the state moved.</summary>
public sealed record RecordNote(string Name, object? Data) : WorkflowCommand;
