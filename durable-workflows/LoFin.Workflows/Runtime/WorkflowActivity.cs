using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>An activity with typed input and output. See <see cref="IWorkflowActivity"/> for the idempotency contract.</summary>
public abstract class WorkflowActivity<TInput, TOutput> : IWorkflowActivity
{
    public abstract string Name { get; }

    protected abstract Task<TOutput> RunAsync(TInput input, ActivityContext context, CancellationToken cancellationToken);

    async Task<JsonElement?> IWorkflowActivity.RunAsync(JsonElement? input, ActivityContext context, CancellationToken cancellationToken)
    {
        TInput typed;
        try
        {
            typed = input is { } json
                ? json.Deserialize<TInput>(DocumentJson.Options)!
                : default!;
        }
        catch (JsonException ex)
        {
            throw new NonRetryableActivityException(WorkflowMessages.InvalidActivityInput(Name, typeof(TInput), ex), ex);
        }
        var output = await RunAsync(typed, context, cancellationToken);
        return output is null ? null : JsonSerializer.SerializeToElement(output, DocumentJson.Options);
    }
}
