using Microsoft.Data.Sqlite;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>The embedded store's tables. Additive only: a new version adds, never rewrites.</summary>
internal static class Schema
{
    public const string Create = """
        CREATE TABLE IF NOT EXISTS documents (
            tenant_id TEXT NOT NULL,
            id TEXT NOT NULL,
            type TEXT NOT NULL,
            etag TEXT NOT NULL,
            seq INTEGER NOT NULL,
            updated_ms INTEGER NOT NULL,
            body TEXT NOT NULL,
            PRIMARY KEY (tenant_id, id)
        ) WITHOUT ROWID;
        CREATE INDEX IF NOT EXISTS ix_documents_type ON documents (tenant_id, type, id);
        CREATE INDEX IF NOT EXISTS ix_documents_feed ON documents (seq);
        CREATE INDEX IF NOT EXISTS ix_documents_partition_feed ON documents (tenant_id, seq);

        CREATE TABLE IF NOT EXISTS messages (
            seq INTEGER PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            queue TEXT NOT NULL,
            tenant_id TEXT NOT NULL,
            body TEXT NOT NULL,
            correlation_id TEXT,
            enqueued_ms INTEGER NOT NULL,
            visible_ms INTEGER NOT NULL,
            attempts INTEGER NOT NULL DEFAULT 0,
            leased INTEGER NOT NULL DEFAULT 0,
            dead INTEGER NOT NULL DEFAULT 0,
            last_error TEXT,
            dead_lettered_ms INTEGER,
            lease_token INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX IF NOT EXISTS ix_messages_ready ON messages (dead, visible_ms, seq);
        CREATE INDEX IF NOT EXISTS ix_messages_dead ON messages (tenant_id, dead, seq);

        CREATE TABLE IF NOT EXISTS counters (
            name TEXT PRIMARY KEY,
            value INTEGER NOT NULL
        ) WITHOUT ROWID;
        """;

    /// <summary>
    /// Columns added to a table after its first version: a file made before is given them
    /// at open (CREATE TABLE IF NOT EXISTS leaves an existing table as it was).
    /// </summary>
    private static readonly (string Table, string Column, string Definition)[] AddedColumns =
    [
        ("messages", "lease_token", "INTEGER NOT NULL DEFAULT 0"),
    ];

    public static void Apply(SqliteConnection connection)
    {
        Execute(connection, Create);
        foreach (var (table, column, definition) in AddedColumns)
        {
            if (!HasColumn(connection, table, column))
            {
                Execute(connection, $"ALTER TABLE {table} ADD COLUMN {column} {definition}");
            }
        }
    }

    private static bool HasColumn(SqliteConnection connection, string table, string column)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT 1 FROM pragma_table_info($table) WHERE name = $column";
        command.Parameters.AddWithValue("$table", table);
        command.Parameters.AddWithValue("$column", column);
        return command.ExecuteScalar() is not null;
    }

    private static void Execute(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
