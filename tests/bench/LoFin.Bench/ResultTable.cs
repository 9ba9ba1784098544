using System.Globalization;

namespace LoFin.Bench;

public static class ResultTable
{
    public static void Print(IReadOnlyList<ResultRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine("| scenario | setting | ops | seconds | rate | CPU µs/op | p50 ms | p99 ms | p99.9 ms | max ms | target | |");
        Console.WriteLine("|---|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|");
        foreach (var row in rows)
        {
            // Rows without per-call latencies (the journal's single-threaded loops) leave those columns empty rather than print zeros.
            var latency = row.Latency.MaxMs == 0
                ? " | | | "
                : string.Create(CultureInfo.InvariantCulture, $"{row.Latency.P50Ms:0.00} | {row.Latency.P99Ms:0.00} | {row.Latency.P999Ms:0.00} | {row.Latency.MaxMs:0.0}");
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"| {row.Scenario} | {row.Setting} | {row.Operations:N0} | {row.Seconds:0.0} | {row.PerSecond:N0} {row.Unit}/s | {row.CpuMicrosecondsPerOperation:0.0} | {latency} | {(row.Target is { } t ? t.ToString("N0", CultureInfo.InvariantCulture) : "")} | {row.Verdict} |"));
        }
    }
}
