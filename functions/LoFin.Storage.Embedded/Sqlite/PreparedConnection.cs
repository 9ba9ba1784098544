using Microsoft.Data.Sqlite;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>
/// A connection and the statements prepared on it, reused by their SQL text. One thread at a
/// time: a pooled reader, or the writer thread's session.
/// </summary>
public sealed class PreparedConnection : IDisposable
{
    private readonly SqliteConnection _connection;
    private readonly Dictionary<string, SqliteCommand> _commands = [];

    internal PreparedConnection(SqliteConnection connection) => _connection = connection;

    internal SqliteConnection Connection => _connection;

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

    public void Dispose()
    {
        foreach (var command in _commands.Values)
        {
            command.Dispose();
        }
        _connection.Dispose();
    }
}
