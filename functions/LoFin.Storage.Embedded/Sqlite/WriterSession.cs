using Microsoft.Data.Sqlite;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>
/// The writer thread's connection and its prepared statements. Only the writer thread
/// touches it, so the sequence counter needs no lock.
/// </summary>
public sealed class WriterSession : IDisposable
{
    internal const string SequenceCounter = "sequence";

    private const string SaveSequenceSql = $"""
        INSERT INTO counters (name, value) VALUES ('{SequenceCounter}', $value)
        ON CONFLICT (name) DO UPDATE SET value = excluded.value
        """;

    private readonly PreparedConnection _connection;
    private readonly TimeProvider _clock;
    private long _lastSequence;
    private long _savedSequence;

    internal WriterSession(SqliteConnection connection, TimeProvider clock, long lastSequence)
    {
        _connection = new PreparedConnection(connection);
        _clock = clock;
        _lastSequence = lastSequence;
        _savedSequence = lastSequence;
    }

    /// <summary>The instant of the current group, in Unix milliseconds.</summary>
    public long NowMs { get; private set; }

    /// <summary>
    /// A new number from the store's one sequence: change-feed positions, etags and lease
    /// tokens. Numbers taken by a rolled-back write are skipped; since one thread commits in
    /// order, readers never see a smaller number appear later. The high-water mark is saved
    /// with each group, so no number is handed out twice, even across a restart.
    /// </summary>
    public long NextSequence() => ++_lastSequence;

    /// <summary>The number <see cref="NextSequence"/> will return, for a write that learns only from its statement whether it needs one.</summary>
    public long PeekNextSequence() => _lastSequence + 1;

    /// <summary>A prepared command for <paramref name="sql"/>, reused across writes.</summary>
    public SqliteCommand Command(string sql) => _connection.Command(sql);

    /// <summary>A one-off command (dynamic SQL); the caller disposes it.</summary>
    public SqliteCommand AdHoc(string sql) => _connection.AdHoc(sql);

    internal void Begin()
    {
        NowMs = _clock.GetUtcNow().ToUnixTimeMilliseconds();
        Command("BEGIN IMMEDIATE").ExecuteNonQuery();
    }

    internal void Commit()
    {
        var reached = _lastSequence;
        if (reached > _savedSequence)
        {
            var save = Command(SaveSequenceSql);
            save.Parameters.AddWithValue("$value", reached);
            save.ExecuteNonQuery();
        }
        Command("COMMIT").ExecuteNonQuery();
        _savedSequence = reached;
    }

    internal void RollbackQuietly()
    {
        if (!_connection.Connection.State.HasFlag(System.Data.ConnectionState.Open))
        {
            return;
        }
        try
        {
            Command("ROLLBACK").ExecuteNonQuery();
        }
        catch (SqliteException)
        {
            // No transaction was open (BEGIN itself failed): there is nothing to undo.
        }
    }

    /// <summary>
    /// Runs one write inside the group's transaction. A write that may fail after changing
    /// something runs in a savepoint, so its failure undoes only itself. A write marked as
    /// needing none (one statement, or a precondition checked before any change) saves the
    /// two statements: when it throws, it changed nothing.
    /// </summary>
    internal void Run(WriteOperation operation)
    {
        if (!operation.NeedsSavepoint)
        {
            try
            {
                operation.Execute(this);
            }
            catch (Exception ex) when (ex is not OutOfMemoryException)
            {
                operation.MarkFailed(ex);
                ThrowIfTransactionLost(ex);
            }
            return;
        }
        Command("SAVEPOINT w").ExecuteNonQuery();
        try
        {
            operation.Execute(this);
            Command("RELEASE w").ExecuteNonQuery();
        }
        catch (Exception ex) when (ex is not OutOfMemoryException)
        {
            Command("ROLLBACK TO w").ExecuteNonQuery();
            Command("RELEASE w").ExecuteNonQuery();
            operation.MarkFailed(ex);
        }
    }

    /// <summary>
    /// On some errors (disk full, I/O) SQLite rolls back the whole transaction, not only the
    /// statement: the writes before in the group are gone, so the group must fail as a whole.
    /// </summary>
    private void ThrowIfTransactionLost(Exception cause)
    {
        if (SQLitePCL.raw.sqlite3_get_autocommit(_connection.Connection.Handle) != 0)
        {
            throw new InvalidOperationException("SQLite rolled back the group's transaction.", cause);
        }
    }

    public void Dispose()
    {
        _connection.Dispose();
    }
}
