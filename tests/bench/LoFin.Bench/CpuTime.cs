using System.Diagnostics;

namespace LoFin.Bench;

public static class CpuTime
{
    /// <summary>User plus system CPU time of this process so far, all threads.</summary>
    public static TimeSpan Process()
    {
        using var process = System.Diagnostics.Process.GetCurrentProcess();
        return process.TotalProcessorTime;
    }
}
