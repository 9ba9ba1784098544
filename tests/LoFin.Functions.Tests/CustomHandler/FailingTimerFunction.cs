using LoFin.Application.Functions;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>A test-only timer function that always throws.</summary>
public sealed class FailingTimerFunction : ITimerFunction
{
    public const string FunctionName = "FailTestTick";

    public string Name => FunctionName;

    public string Schedule => "0 0 */6 * * *";

    public Task RunAsync(TimerInvocation invocation, CancellationToken cancellationToken) =>
        throw new InvalidOperationException("The test timer always fails.");
}
