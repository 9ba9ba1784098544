using System.Diagnostics;
using System.Globalization;

namespace LoFin.Bench;

/// <summary>
/// Memory of this process. On Linux the working set is split into private memory (RssAnon:
/// managed heap, native heaps, SQLite's page caches) and mapped file pages (RssFile: the
/// database through SQLite's mmap, code), which the OS reclaims under pressure.
/// </summary>
public sealed record ProcessMemory(long WorkingSetBytes, long GcHeapBytes, long? PrivateBytes, long? MappedFileBytes)
{
    public static ProcessMemory Now()
    {
        using var process = Process.GetCurrentProcess();
        long? anon = null;
        long? file = null;
        if (OperatingSystem.IsLinux())
        {
            foreach (var line in File.ReadLines("/proc/self/status"))
            {
                if (line.StartsWith("RssAnon:", StringComparison.Ordinal))
                {
                    anon = Kilobytes(line);
                }
                else if (line.StartsWith("RssFile:", StringComparison.Ordinal))
                {
                    file = Kilobytes(line);
                }
            }
        }
        return new ProcessMemory(process.WorkingSet64, GC.GetTotalMemory(forceFullCollection: false), anon, file);
    }

    private static long Kilobytes(string line) =>
        long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
}
