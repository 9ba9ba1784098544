using LoFin.Workflows.Runtime;

namespace LoFin.Workflows.Tests.Support;

/// <summary>Returns its input in upper case.</summary>
public sealed class EchoActivity(ActivityProbe probe) : WorkflowActivity<string, string>
{
    public override string Name => "Echo";

    protected override Task<string> RunAsync(string input, ActivityContext context, CancellationToken cancellationToken)
    {
        probe.CountRun();
        return Task.FromResult(input.ToUpperInvariant());
    }
}
