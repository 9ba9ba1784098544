namespace LoFin.Workflows.Runtime;

/// <summary>A decision issued commands a correct workflow never issues: a bug in the workflow, which fails the instance.</summary>
internal sealed class InvalidWorkflowCommandException(string message) : Exception(message);
