using System.Text.Json;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// A step with side effects that a workflow schedules by name. Activities run from the
/// <c>workflow-activities</c> queue and are delivered at least once: a crash after the work
/// and before the result is stored runs the activity again, and a failure is retried with
/// back-off. So an activity must be idempotent: use <see cref="ActivityContext.IdempotencyKey"/>
/// to recognise a repeat. Throw <see cref="NonRetryableActivityException"/> for a failure that
/// retrying cannot fix; any other exception is retried until the last attempt, after which
/// the workflow receives <see cref="ActivityFailed"/>. Derive from
/// <see cref="WorkflowActivity{TInput,TOutput}"/> rather than implementing this directly.
/// </summary>
public interface IWorkflowActivity
{
    /// <summary>The name workflows schedule it by.</summary>
    string Name { get; }

    /// <summary>Runs once; returns the result to send back to the workflow (null for none).</summary>
    Task<JsonElement?> RunAsync(JsonElement? input, ActivityContext context, CancellationToken cancellationToken);
}
