using System.Diagnostics;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Sqlite;

namespace LoFin.Bench;

/// <summary>
/// The document store under load: etag-conditional point writes from many concurrent writers,
/// 10-document transactional batches, and point reads from several threads. Every write is
/// awaited until its group's COMMIT, and at the end each document's version is read back and
/// checked against the number of writes that were acknowledged for it.
/// </summary>
public sealed class StoreBenchmark(BenchSettings settings)
{
    private const int Writers = 64;
    private const int DocumentsPerWriter = 16;
    private const int BatchSize = 10;
    private static readonly TenantId[] Tenants = Enumerable.Range(0, 8).Select(i => TenantId.Parse($"{11110 + (i * 10)}")).ToArray();

    public async Task<IReadOnlyList<ResultRow>> RunAsync()
    {
        var rows = new List<ResultRow>();
        foreach (var synchronousFull in settings.StoreSynchronousFull)
        {
            var setting = synchronousFull ? "SynchronousFull=true" : "SynchronousFull=false";
            using var directory = new BenchDirectory("store");
            using var database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = directory.DatabasePath, SynchronousFull = synchronousFull }, TimeProvider.System);
            var store = new SqliteDocumentStore(database);
            var documents = await SeedAsync(store, Writers);

            if (Runs("writes"))
            {
                rows.Add(await PointWritesAsync(store, documents, setting));
            }
            if (Runs("batches"))
            {
                rows.Add(await BatchesAsync(store, documents, setting));
            }
            if (Runs("reads"))
            {
                rows.Add(await PointReadsAsync(store, documents, setting));
            }
            await VerifyAsync(store, documents);
            Console.WriteLine($"  [{setting}] database {directory.SizeBytes / 1024.0 / 1024.0:0.0} MiB; every document's version matches its acknowledged writes.");
        }
        return rows;
    }

    private bool Runs(string scenario) => settings.Only.Count == 0 || settings.Only.Contains(scenario);

    /// <summary>A document a worker owns, with the etag and version of its last acknowledged write.</summary>
    private sealed class Owned(TenantId tenant, string id, int index, string etag)
    {
        public TenantId Tenant { get; } = tenant;

        public string Id { get; } = id;

        public int Index { get; } = index;

        public string ETag { get; set; } = etag;

        public long Version { get; set; }
    }

    /// <summary>Each writer owns <see cref="DocumentsPerWriter"/> documents in one tenant, so its batches stay in one partition.</summary>
    private static async Task<Owned[]> SeedAsync(SqliteDocumentStore store, int writers)
    {
        var owned = new Owned[writers * DocumentsPerWriter];
        for (var writer = 0; writer < writers; writer++)
        {
            var tenant = Tenants[writer % Tenants.Length];
            var batch = new TransactionalBatch(tenant);
            var first = writer * DocumentsPerWriter;
            for (var i = first; i < first + DocumentsPerWriter; i++)
            {
                batch.Create($"doc-{i:D6}", BenchDocument.Make(i, 0));
            }
            var result = await store.ExecuteBatchAsync(batch);
            for (var i = first; i < first + DocumentsPerWriter; i++)
            {
                owned[i] = new Owned(tenant, $"doc-{i:D6}", i, result.ETags[i - first]!);
            }
        }
        return owned;
    }

    private async Task<ResultRow> PointWritesAsync(SqliteDocumentStore store, Owned[] documents, string setting)
    {
        var (operations, seconds, cpu, latency) = await RunWorkersAsync(Writers, settings.StoreSeconds, async (worker, samples, until) =>
        {
            var mine = documents.Skip(worker * DocumentsPerWriter).Take(DocumentsPerWriter).ToArray();
            long done = 0;
            for (var k = 0; Stopwatch.GetTimestamp() < until; k++)
            {
                var document = mine[k % mine.Length];
                var started = Stopwatch.GetTimestamp();
                var written = await store.ReplaceAsync(document.Tenant, document.Id, BenchDocument.Make(document.Index, document.Version + 1), document.ETag);
                samples?.Add(started);
                document.ETag = written.ETag;
                document.Version++;
                done++;
            }
            return done;
        });
        return new ResultRow("store: point replace (ifMatch), 64 writers", setting, operations, seconds, cpu, "writes", latency, 20_000);
    }

    private async Task<ResultRow> BatchesAsync(SqliteDocumentStore store, Owned[] documents, string setting)
    {
        var (operations, seconds, cpu, latency) = await RunWorkersAsync(Writers, settings.StoreSeconds, async (worker, samples, until) =>
        {
            var mine = documents.Skip(worker * DocumentsPerWriter).Take(BatchSize).ToArray();
            long done = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var batch = new TransactionalBatch(mine[0].Tenant);
                foreach (var document in mine)
                {
                    batch.Replace(document.Id, BenchDocument.Make(document.Index, document.Version + 1), document.ETag);
                }
                var started = Stopwatch.GetTimestamp();
                var result = await store.ExecuteBatchAsync(batch);
                samples?.Add(started);
                var i = 0;
                foreach (var document in mine)
                {
                    document.ETag = result.ETags[i++]!;
                    document.Version++;
                }
                done++;
            }
            return done;
        });
        return new ResultRow("store: 10-document batch, 64 writers", setting, operations, seconds, cpu, "batches", latency, null);
    }

    private async Task<ResultRow> PointReadsAsync(SqliteDocumentStore store, Owned[] documents, string setting)
    {
        var readers = settings.ReaderThreads;
        var (operations, seconds, cpu, latency) = await RunWorkersAsync(readers, settings.StoreSeconds, (worker, samples, until) => Task.Run(async () =>
        {
            var random = new Random(worker);
            long done = 0;
            while (Stopwatch.GetTimestamp() < until)
            {
                var document = documents[random.Next(documents.Length)];
                var started = Stopwatch.GetTimestamp();
                var read = await store.ReadAsync<BenchDocument>(document.Tenant, document.Id);
                samples?.Add(started);
                if (read is null)
                {
                    throw new InvalidOperationException($"Document {document.Id} vanished.");
                }
                done++;
            }
            return done;
        }));
        return new ResultRow($"store: point read, {readers} threads", setting, operations, seconds, cpu, "reads", latency, 100_000);
    }

    private static async Task VerifyAsync(SqliteDocumentStore store, Owned[] documents)
    {
        foreach (var document in documents)
        {
            var read = await store.ReadAsync<BenchDocument>(document.Tenant, document.Id)
                ?? throw new InvalidOperationException($"Document {document.Id} is missing.");
            if (read.ETag != document.ETag || read.Body.Version != document.Version)
            {
                throw new InvalidOperationException($"Document {document.Id}: stored version {read.Body.Version}, acknowledged {document.Version}.");
            }
        }
    }

    /// <summary>
    /// Runs the workers for a short warm-up (not measured), then for the measured time.
    /// Each worker returns how many operations it completed inside the window.
    /// </summary>
    private static async Task<(long Operations, double Seconds, double CpuSeconds, Percentiles Latency)> RunWorkersAsync(
        int workers, double seconds, Func<int, LatencySamples?, long, Task<long>> work)
    {
        var warmUntil = Stopwatch.GetTimestamp() + (long)(Math.Min(1.0, seconds / 5) * Stopwatch.Frequency);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(w => work(w, null, warmUntil)));

        var samples = Enumerable.Range(0, workers).Select(_ => new LatencySamples()).ToArray();
        var cpuBefore = CpuTime.Process();
        var started = Stopwatch.GetTimestamp();
        var until = started + (long)(seconds * Stopwatch.Frequency);
        var counts = await Task.WhenAll(Enumerable.Range(0, workers).Select(w => work(w, samples[w], until)));
        var elapsed = Stopwatch.GetElapsedTime(started).TotalSeconds;
        var cpu = (CpuTime.Process() - cpuBefore).TotalSeconds;
        return (counts.Sum(), elapsed, cpu, LatencySamples.Summarise(samples));
    }
}
