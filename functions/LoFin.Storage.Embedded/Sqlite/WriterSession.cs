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

    private readonly SqliteConnection _connection;
    private readonly TimeProvider _clock;
    private readonly Dictionary<string, SqliteCommand> _commands = [];
    private long _lastSequence;
    private long _savedSequence;

    internal WriterSession(SqliteConnection connection, TimeProvider clock, long lastSequence)
    {
        _connection = connection;
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
    public SqliteCommand Command(string sql)
    {
        if (!_commands.TryGetValue(sql, out var command))
        {
            command = _connection.CreateCommand();
            command.CommandText = sql;
            _commands[sql] = command;
        }
        command.Parameters.Clear();
        return command;
    }

    /// <summary>A one-off command (dynamic SQL); the caller disposes it.</summary>
    public SqliteCommand AdHoc(string sql)
    {
        var command = _connection.CreateCommand();
        command.CommandText = sql;
        return command;
    }

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
        if (!_connection.State.HasFlag(System.Data.ConnectionState.Open))
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

    internal void RunInSavepoint(WriteOperation operation)
    {
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

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _connection.Dispose();
    }
}
