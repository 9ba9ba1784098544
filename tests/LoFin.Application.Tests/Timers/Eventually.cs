using System.Diagnostics;

namespace LoFin.Application.Tests.Timers;

internal static class Eventually
{
    /// <summary>Waits for a condition on real time, polling, and fails the test after the timeout.</summary>
    public static Task HoldsAsync(Func<bool> condition, string what, TimeSpan? timeout = null) =>
        HoldsAsync(() => Task.FromResult(condition()), what, timeout);

    public static async Task HoldsAsync(Func<Task<bool>> condition, string what, TimeSpan? timeout = null)
    {
        var started = Stopwatch.GetTimestamp();
        var limit = timeout ?? TimeSpan.FromSeconds(10);
        while (!await condition())
        {
            if (Stopwatch.GetElapsedTime(started) > limit)
            {
                throw new TimeoutException($"Timed out waiting until {what}.");
            }
            await Task.Delay(10);
        }
    }
}
