namespace LoFin.Storage.Embedded.Sqlite;

public sealed record SqliteStoreOptions
{
    /// <summary>The database file. The directory is created when missing.</summary>
    public required string DatabasePath { get; init; }

    /// <summary>
    /// FULL (the default) syncs the WAL on every group commit, so a committed payment
    /// survives a power cut, not only a killed process. NORMAL survives a killed process
    /// and is for benchmarks and throwaway data. See docs/adr/0003.
    /// </summary>
    public bool SynchronousFull { get; init; } = true;

    /// <summary>Most writes committed in one transaction: bounds the latency one slow group adds.</summary>
    public int MaxWritesPerGroup { get; init; } = 512;
}
