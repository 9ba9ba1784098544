using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Tests.Support;

/// <summary>Fails as often as the probe says, then echoes its input with the attempt number.</summary>
public sealed class FlakyActivity(ActivityProbe probe) : WorkflowActivity<string, string>
{
    public override string Name => "Flaky";

    protected override Task<string> RunAsync(string input, ActivityContext context, CancellationToken cancellationToken)
    {
        probe.CountRun();
        if (probe.TakeFailure())
        {
            throw new InvalidOperationException($"Flaky failure on attempt {context.Attempt}.");
        }
        return Task.FromResult($"{input}@{context.Attempt}");
    }
}
