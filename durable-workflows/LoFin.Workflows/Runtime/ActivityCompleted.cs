using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>An activity the workflow scheduled ran; <see cref="Output"/> is its result (null when it returns nothing).</summary>
public sealed record ActivityCompleted(string ActivityId, string Name, string? Tag, JsonElement? Output, WorkflowCause Cause) : WorkflowEvent(Cause)
{
    public T? OutputAs<T>() => Output is { } output ? output.Deserialize<T>(DocumentJson.Options) : default;
}
