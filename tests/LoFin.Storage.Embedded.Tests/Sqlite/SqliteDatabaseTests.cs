using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Storage.Embedded.Sqlite;
using LoFin.Storage.Embedded.Tests.Contract;
using LoFin.Testing;
using Microsoft.Data.Sqlite;

namespace LoFin.Storage.Embedded.Tests.Sqlite;

public sealed class SqliteDatabaseTests : IDisposable
{
    private static readonly TenantId Tenant = TenantId.Parse("11110");

    private readonly string _directory = Path.Combine(Path.GetTempPath(), "lofin-test-" + Guid.NewGuid().ToString("N"));

    public SqliteDatabaseTests() => Directory.CreateDirectory(_directory);

    private string DatabasePath => Path.Combine(_directory, "lofin.db");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        Directory.Delete(_directory, recursive: true);
    }

    [Fact]
    public async Task Open_AFileMadeByTheFirstSchema_AddsTheNewColumnsAndKeepsItsData()
    {
        using (var old = new SqliteConnection($"Data Source={DatabasePath};Pooling=False"))
        {
            old.Open();
            using var create = old.CreateCommand();
            // The messages table as the first version made it: no lease_token, no counters table.
            create.CommandText = """
                CREATE TABLE documents (tenant_id TEXT NOT NULL, id TEXT NOT NULL, type TEXT NOT NULL, etag TEXT NOT NULL,
                    seq INTEGER NOT NULL, updated_ms INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (tenant_id, id)) WITHOUT ROWID;
                CREATE TABLE messages (seq INTEGER PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, queue TEXT NOT NULL,
                    tenant_id TEXT NOT NULL, body TEXT NOT NULL, correlation_id TEXT, enqueued_ms INTEGER NOT NULL,
                    visible_ms INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 0, leased INTEGER NOT NULL DEFAULT 0,
                    dead INTEGER NOT NULL DEFAULT 0, last_error TEXT, dead_lettered_ms INTEGER);
                INSERT INTO documents VALUES ('11110', 'n-1', 'test-note', '0000000000000007', 7, 0, '{"text":"old"}');
                INSERT INTO messages (message_id, queue, tenant_id, body, enqueued_ms, visible_ms) VALUES ('m-1', 'q', '11110', '{}', 0, 0);
                """;
            create.ExecuteNonQuery();
        }

        using var database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = DatabasePath, SynchronousFull = false }, new ManualClock());
        var documents = new SqliteDocumentStore(database);
        var queue = new SqliteMessageQueue(database);
        var leased = Assert.Single(await queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
        await queue.CompleteAsync([leased]);
        var note = await documents.ReadAsync<Note>(Tenant, "n-1");
        var written = await documents.ReplaceAsync(Tenant, "n-1", new Note("new"), note!.ETag);

        Assert.Equal("m-1", leased.MessageId);
        Assert.Equal(new QueueStatistics(0, 0, 0, 0), await queue.GetStatisticsAsync());
        Assert.True(string.CompareOrdinal(written.ETag, note.ETag) > 0);
    }

    [Fact]
    public async Task LeaseAsync_OnAnEmptyQueue_TakesNoSequenceNumber()
    {
        using var store = new TempStore(new ManualClock());
        var before = await store.Documents.CreateAsync(Tenant, "a", new Note("a"));

        for (var i = 0; i < 5; i++)
        {
            Assert.Empty(await store.Queue.LeaseAsync(10, TimeSpan.FromMinutes(1)));
        }
        var after = await store.Documents.CreateAsync(Tenant, "b", new Note("b"));

        Assert.Equal(long.Parse(before.ETag, System.Globalization.NumberStyles.HexNumber) + 1,
            long.Parse(after.ETag, System.Globalization.NumberStyles.HexNumber));
    }

    [Fact]
    public async Task WriteAsync_WhenCancelledBeforeItRuns_IsNotApplied()
    {
        using var store = new TempStore(new ManualClock());
        using var cancelled = new CancellationTokenSource();
        await cancelled.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => store.Documents.CreateAsync(Tenant, "a", new Note("a"), cancelled.Token));

        Assert.Null(await store.Documents.ReadAsync<Note>(Tenant, "a"));
    }

    [Fact]
    public async Task WriteAsync_AfterDispose_IsRefused()
    {
        var store = new TempStore(new ManualClock());
        var documents = store.Documents;
        store.Dispose();

        await Assert.ThrowsAsync<ObjectDisposedException>(() => documents.CreateAsync(Tenant, "a", new Note("a")));
    }

    [Fact]
    public async Task Open_WhileAnotherStoreOwnsTheFile_IsRefusedAndTheOwnerKeepsWorking()
    {
        var options = new SqliteStoreOptions { DatabasePath = DatabasePath, SynchronousFull = false };
        using var owner = new SqliteDatabase(options, new ManualClock());

        var refused = Assert.Throws<InvalidOperationException>(() => new SqliteDatabase(options, new ManualClock()));

        Assert.Contains("already open", refused.Message);
        await new SqliteDocumentStore(owner).CreateAsync(Tenant, "a", new Note("still mine"));
    }

    [Fact]
    public async Task Open_AfterTheOwnerClosed_Succeeds()
    {
        var options = new SqliteStoreOptions { DatabasePath = DatabasePath, SynchronousFull = false };
        using (var first = new SqliteDatabase(options, new ManualClock()))
        {
            await new SqliteDocumentStore(first).CreateAsync(Tenant, "a", new Note("first"));
        }

        using var second = new SqliteDatabase(options, new ManualClock());

        Assert.Equal("first", (await new SqliteDocumentStore(second).ReadAsync<Note>(Tenant, "a"))!.Body.Text);
    }
}
