using System.Diagnostics;
using System.Globalization;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Sqlite;
using Microsoft.Extensions.Logging.Abstractions;

namespace LoFin.Bench;

/// <summary>
/// Messages from the outbox to handled, through the real <see cref="MessagePump"/>: producers
/// commit batches of 100 outbox messages while the pump consumes, staying at most
/// <see cref="BenchSettings.MaxBacklog"/> ahead, so a long run measures the steady state with a
/// bounded queue. Memory (working set, GC heap) is printed at intervals to show it stays flat.
/// </summary>
public sealed class MessagingBenchmark(BenchSettings settings)
{
    private const int Producers = 2;
    private static readonly TenantId[] Tenants = Enumerable.Range(0, 16).Select(i => TenantId.Parse($"{11110 + (i * 10)}")).ToArray();

    public async Task<IReadOnlyList<ResultRow>> RunAsync()
    {
        var rows = new List<ResultRow>();
        foreach (var synchronousFull in settings.MessagingSynchronousFull)
        {
            rows.Add(await RunOnceAsync(synchronousFull));
        }
        return rows;
    }

    private async Task<ResultRow> RunOnceAsync(bool synchronousFull)
    {
        var setting = synchronousFull ? "SynchronousFull=true" : "SynchronousFull=false";
        var total = settings.Messages;
        Console.WriteLine($"messaging [{setting}]: {total:N0} messages, {Producers} producers, backlog at most {settings.MaxBacklog:N0}");
        using var directory = new BenchDirectory("messaging");
        using var database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = directory.DatabasePath, SynchronousFull = synchronousFull }, TimeProvider.System);
        var store = new SqliteDocumentStore(database);
        var queue = new SqliteMessageQueue(database);
        var function = new BenchHandlerFunction(store, TimeProvider.System);
        var invoker = new QueueFunctionInvoker(store, TimeProvider.System, NullLogger<QueueFunctionInvoker>.Instance);
        var pump = new MessagePump(queue, invoker, [function], TimeProvider.System, new MessagePumpOptions(), NullLogger<MessagePump>.Instance);

        using var stop = new CancellationTokenSource();
        var pumping = Task.Run(() => pump.RunAsync(stop.Token));
        var cpuBefore = CpuTime.Process();
        var started = Stopwatch.GetTimestamp();
        var sent = new long[Producers];
        var producing = Enumerable.Range(0, Producers)
            .Select(p => Task.Run(() => ProduceAsync(store, function, p, total, sent)))
            .ToArray();

        var memory = new List<ProcessMemory>();
        var reportEvery = TimeSpan.FromSeconds(settings.Quick ? 1 : 10);
        var nextReport = reportEvery;
        long lastHandled = 0;
        var lastReportAt = TimeSpan.Zero;
        while (function.Handled < total)
        {
            if (producing.FirstOrDefault(p => p.IsFaulted) is { } failed)
            {
                await failed;
            }
            if (pumping.IsCompleted)
            {
                await pumping;
                throw new InvalidOperationException("The pump stopped before every message was handled.");
            }
            await Task.Delay(20);
            var elapsed = Stopwatch.GetElapsedTime(started);
            if (elapsed >= nextReport)
            {
                var handled = function.Handled;
                var sample = ProcessMemory.Now();
                memory.Add(sample);
                var rate = (handled - lastHandled) / (elapsed - lastReportAt).TotalSeconds;
                Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                    $"  {elapsed.TotalSeconds,6:0}s handled {handled,10:N0}  {rate,8:N0} msg/s  backlog {sent.Sum() - handled,7:N0}  working set {MiB(sample.WorkingSetBytes),4:0} MiB (private {MiB(sample.PrivateBytes ?? 0),4:0}, mapped files {MiB(sample.MappedFileBytes ?? 0),4:0})  GC heap {MiB(sample.GcHeapBytes),5:0.0} MiB  db {MiB(directory.SizeBytes),5:0} MiB"));
                lastHandled = handled;
                lastReportAt = elapsed;
                nextReport += reportEvery;
            }
        }
        var seconds = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpuSeconds = (CpuTime.Process() - cpuBefore).TotalSeconds;
        await Task.WhenAll(producing);
        await stop.CancelAsync();
        await pumping;

        await VerifyAsync(queue, function, total);
        PrintMemorySummary(memory);
        Console.WriteLine($"  verified: {total:N0} handled exactly once, queue empty, no dead letters");
        return new ResultRow("messaging: outbox -> pump -> handler", setting, total, seconds, cpuSeconds, "msgs", function.EndToEnd.Summarise(), 5_000);
    }

    private async Task ProduceAsync(SqliteDocumentStore store, BenchHandlerFunction function, int producer, int total, long[] sent)
    {
        var mine = (total / Producers) + (producer < total % Producers ? 1 : 0);
        var produced = 0;
        var round = 0;
        while (produced < mine)
        {
            while (sent.Sum() - function.Handled > settings.MaxBacklog)
            {
                await Task.Delay(1);
            }
            var tenant = Tenants[((round++ * Producers) + producer) % Tenants.Length];
            var batch = new TransactionalBatch(tenant);
            var count = Math.Min(DocumentLimits.MaxBatchOperations, mine - produced);
            for (var i = 0; i < count; i++)
            {
                var sequence = ((long)producer << 32) | (uint)(produced + i);
                batch.Enqueue(OutboxMessage.Create(BenchHandlerFunction.QueueName, tenant, new BenchMessage(sequence, 10_000 + i),
                    messageId: string.Create(CultureInfo.InvariantCulture, $"p{producer}-{produced + i}")));
            }
            await store.ExecuteBatchAsync(batch);
            produced += count;
            Interlocked.Add(ref sent[producer], count);
        }
    }

    private static double MiB(double bytes) => bytes / 1048576.0;

    private static async Task VerifyAsync(SqliteMessageQueue queue, BenchHandlerFunction function, int total)
    {
        var statistics = await queue.GetStatisticsAsync();
        if (function.Handled != total || statistics != new QueueStatistics(0, 0, 0, 0))
        {
            throw new InvalidOperationException($"Handled {function.Handled:N0} of {total:N0}; queue {statistics}.");
        }
    }

    /// <summary>Compares the first and last quarter of the run: flat memory means no growth between them.</summary>
    private static void PrintMemorySummary(List<ProcessMemory> memory)
    {
        if (memory.Count < 4)
        {
            return;
        }
        var quarter = Math.Max(1, memory.Count / 4);
        string Describe(IEnumerable<ProcessMemory> samples)
        {
            var list = samples.ToList();
            return string.Create(CultureInfo.InvariantCulture,
                $"working set {MiB(list.Average(m => m.WorkingSetBytes)):0} MiB (private {MiB(list.Average(m => m.PrivateBytes ?? 0)):0}, mapped files {MiB(list.Average(m => m.MappedFileBytes ?? 0)):0}), GC heap {MiB(list.Average(m => m.GcHeapBytes)):0.0} MiB");
        }
        Console.WriteLine($"  memory, first quarter: {Describe(memory.Take(quarter))}");
        Console.WriteLine($"  memory, last quarter:  {Describe(memory.TakeLast(quarter))}");
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  memory, peak: working set {MiB(memory.Max(m => m.WorkingSetBytes)):0} MiB, private {MiB(memory.Max(m => m.PrivateBytes ?? 0)):0} MiB, GC heap {MiB(memory.Max(m => m.GcHeapBytes)):0.0} MiB"));
    }
}
