namespace LoFin.Workflows.Tests.Support;

/// <summary>Counts what the test activities did and tells the flaky one how often to fail.</summary>
public sealed class ActivityProbe
{
    private int _runs;
    private int _failuresLeft;

    public int Runs => Volatile.Read(ref _runs);

    public void FailNext(int times) => Volatile.Write(ref _failuresLeft, times);

    public int CountRun() => Interlocked.Increment(ref _runs);

    /// <summary>True when this run should fail (and uses up one failure).</summary>
    public bool TakeFailure()
    {
        while (true)
        {
            var left = Volatile.Read(ref _failuresLeft);
            if (left <= 0)
            {
                return false;
            }
            if (Interlocked.CompareExchange(ref _failuresLeft, left - 1, left) == left)
            {
                return true;
            }
        }
    }
}
