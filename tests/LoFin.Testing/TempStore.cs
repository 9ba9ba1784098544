using LoFin.Storage.Embedded.Sqlite;

namespace LoFin.Testing;

/// <summary>A SQLite store in a fresh temporary directory, deleted on dispose.</summary>
public sealed class TempStore : IDisposable
{
    private readonly bool _synchronousFull;

    public TempStore(TimeProvider? clock = null, bool synchronousFull = false)
    {
        Directory = Path.Combine(Path.GetTempPath(), "lofin-test-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(Directory);
        Clock = clock ?? TimeProvider.System;
        _synchronousFull = synchronousFull;
        Database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = Path.Combine(Directory, "lofin.db"), SynchronousFull = synchronousFull }, Clock);
        Documents = new SqliteDocumentStore(Database);
        Queue = new SqliteMessageQueue(Database);
    }

    public string Directory { get; }

    public TimeProvider Clock { get; }

    public SqliteDatabase Database { get; private set; }

    public SqliteDocumentStore Documents { get; private set; }

    public SqliteMessageQueue Queue { get; private set; }

    /// <summary>Closes and reopens the same file, as a restart of the process would.</summary>
    public void Reopen()
    {
        Database.Dispose();
        Database = new SqliteDatabase(new SqliteStoreOptions { DatabasePath = Path.Combine(Directory, "lofin.db"), SynchronousFull = _synchronousFull }, Clock);
        Documents = new SqliteDocumentStore(Database);
        Queue = new SqliteMessageQueue(Database);
    }

    public void Dispose()
    {
        Database.Dispose();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            System.IO.Directory.Delete(Directory, recursive: true);
        }
        catch (IOException)
        {
            // A reader still closing; the temp directory is cleaned by the OS.
        }
    }
}
