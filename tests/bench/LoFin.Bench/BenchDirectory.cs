namespace LoFin.Bench;

/// <summary>A throwaway directory for one benchmark's database, removed afterwards.</summary>
public sealed class BenchDirectory : IDisposable
{
    public BenchDirectory(string name)
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), $"lofin-bench-{name}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string DatabasePath => System.IO.Path.Combine(Path, "lofin.db");

    public long SizeBytes => new DirectoryInfo(Path).EnumerateFiles().Sum(f => f.Length);

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException ex)
        {
            Console.Error.WriteLine($"Could not remove {Path}: {ex.Message}");
        }
    }
}
