using System.Diagnostics;

namespace LoFin.Functions.Tests.TreasuryBank;

internal static class Eventually
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(15);

    /// <summary>Polls a condition on real time and fails the test after the timeout: a bounded wait, never a sleep.</summary>
    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        var limit = timeout ?? DefaultTimeout;
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"Timed out after {limit.TotalSeconds:0} s waiting until {what}.");
            }
            await Task.Delay(10);
        }
    }
}
