using System.Collections.Concurrent;
using System.Threading.Channels;
using Microsoft.Data.Sqlite;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>
/// One SQLite file in WAL mode with a single writer thread and a pool of readers.
/// Writes queue up and are committed in groups (group commit): each write runs in its
/// own savepoint, so one failing write does not undo its neighbours, and callers learn
/// the outcome only after the group's COMMIT. One writer also makes every
/// read-check-write (etag preconditions) atomic without retries.
/// </summary>
public sealed class SqliteDatabase : IDisposable
{
    private readonly Channel<WriteOperation> _writes = Channel.CreateUnbounded<WriteOperation>(
        new UnboundedChannelOptions { SingleReader = true });
    private readonly ConcurrentBag<PreparedConnection> _readers = [];
    private readonly string _connectionString;
    private readonly SqliteStoreOptions _options;
    private readonly Thread _writerThread;
    private readonly WriterSession _session;
    private readonly FileStream _ownership;
    private int _disposed;

    public SqliteDatabase(SqliteStoreOptions options, TimeProvider clock)
    {
        _options = options;
        Clock = clock;
        var directory = Path.GetDirectoryName(Path.GetFullPath(options.DatabasePath));
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = options.DatabasePath,
            Pooling = false,
            Mode = SqliteOpenMode.ReadWriteCreate,
        }.ToString();

        _ownership = TakeOwnership(options.DatabasePath);
        SqliteConnection? writer = null;
        try
        {
            writer = Open();
            Execute(writer, "PRAGMA journal_mode=WAL;");
            Schema.Apply(writer);
            _session = new WriterSession(writer, clock, ReadLastSequence(writer));
        }
        catch (Exception)
        {
            // A file that cannot be opened or upgraded leaves nothing held behind.
            writer?.Dispose();
            _ownership.Dispose();
            throw;
        }
        _writerThread = new Thread(WriterLoop) { IsBackground = true, Name = "lofin-sqlite-writer" };
        _writerThread.Start();
    }

    public TimeProvider Clock { get; }

    /// <summary>Queues a write; it completes after the transaction holding it commits.</summary>
    public Task<T> WriteAsync<T>(Func<WriterSession, T> work, CancellationToken cancellationToken = default) =>
        Enqueue(work, needsSavepoint: true, cancellationToken);

    /// <summary>
    /// Queues a write that changes nothing when it throws: one statement (SQLite undoes a
    /// failed statement by itself), or a precondition checked before the one change. It runs
    /// without a savepoint of its own, two statements fewer on the writer thread.
    /// </summary>
    internal Task<T> WriteOneChangeAsync<T>(Func<WriterSession, T> work, CancellationToken cancellationToken = default) =>
        Enqueue(work, needsSavepoint: false, cancellationToken);

    private Task<T> Enqueue<T>(Func<WriterSession, T> work, bool needsSavepoint, CancellationToken cancellationToken)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        var operation = new WriteOperation<T>(work, needsSavepoint, cancellationToken);
        // The channel refuses only after Dispose completed it.
        ObjectDisposedException.ThrowIf(!_writes.Writer.TryWrite(operation), this);
        return operation.Task;
    }

    /// <summary>Runs a read on a pooled connection; readers see the last committed state.</summary>
    public T Read<T>(Func<PreparedConnection, T> work)
    {
        ObjectDisposedException.ThrowIf(_disposed != 0, this);
        if (!_readers.TryTake(out var reader))
        {
            reader = new PreparedConnection(Open());
        }
        try
        {
            return work(reader);
        }
        finally
        {
            // A read that outlived Dispose closes its connection instead of pooling it: nobody will drain the pool again.
            if (Volatile.Read(ref _disposed) != 0)
            {
                reader.Dispose();
            }
            else
            {
                _readers.Add(reader);
            }
        }
    }

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) != 0)
        {
            return;
        }
        _writes.Writer.TryComplete();
        _writerThread.Join();
        _session.Dispose();
        while (_readers.TryTake(out var reader))
        {
            reader.Dispose();
        }
        _ownership.Dispose();
    }

    /// <summary>
    /// One <see cref="SqliteDatabase"/> owns the file at a time, in this process or any other:
    /// the sequence behind etags and the change feed is counted by the owner's writer, and
    /// <see cref="SqliteMessageQueue.ReleaseOrphanedLeasesAsync"/> takes every lease found at
    /// start-up for an orphan. A second owner would hand out the same etags and steal live
    /// leases, so it is refused. The lock is a file beside the database held open exclusively
    /// (an advisory lock on Unix, honoured by .NET processes); it goes with the process.
    /// </summary>
    private static FileStream TakeOwnership(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            return new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, bufferSize: 1);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException(
                $"The database '{databasePath}' is already open (its lock file '{lockPath}' is held by this or another process). Only one store may own it at a time.", ex);
        }
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(_connectionString);
        connection.Open();
        Execute(connection, $"""
            PRAGMA busy_timeout=5000;
            PRAGMA synchronous={(_options.SynchronousFull ? "FULL" : "NORMAL")};
            PRAGMA temp_store=MEMORY;
            PRAGMA cache_size=-65536;
            PRAGMA mmap_size=268435456;
            """);
        return connection;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }

    private static long ReadLastSequence(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        // The saved high-water mark, not only the newest document: the document holding the
        // highest number may have been deleted, and its number must not be handed out again.
        command.CommandText = $"SELECT MAX(COALESCE((SELECT MAX(seq) FROM documents), 0), COALESCE((SELECT value FROM counters WHERE name = '{WriterSession.SequenceCounter}'), 0))";
        return (long)command.ExecuteScalar()!;
    }

    private void WriterLoop()
    {
        var group = new List<WriteOperation>(_options.MaxWritesPerGroup);
        var reader = _writes.Reader;
        while (reader.WaitToReadAsync().AsTask().GetAwaiter().GetResult())
        {
            group.Clear();
            while (group.Count < _options.MaxWritesPerGroup && reader.TryRead(out var operation))
            {
                if (!operation.IsCancelled)
                {
                    group.Add(operation);
                }
            }
            if (group.Count > 0)
            {
                CommitGroup(group);
            }
        }
    }

    private void CommitGroup(List<WriteOperation> group)
    {
        try
        {
            _session.Begin();
            foreach (var operation in group)
            {
                _session.Run(operation);
            }
            _session.Commit();
        }
        catch (Exception ex)
        {
            // The transaction as a whole failed (disk full, I/O error, a bug in a write): nothing in it
            // happened. Every exception ends here, so the writer thread lives on and later writes proceed.
            _session.RollbackQuietly();
            foreach (var operation in group)
            {
                operation.MarkFailed(ex);
            }
        }
        foreach (var operation in group)
        {
            operation.Finish();
        }
    }
}
