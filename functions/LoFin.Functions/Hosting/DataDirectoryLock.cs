namespace LoFin.Functions.Hosting;

/// <summary>
/// Holds an exclusive lock on the data directory for the life of the process. The embedded
/// store assumes one process owns its file (one writer, orphaned leases released at start),
/// so a second instance on the same data must stop at once with a clear message.
/// </summary>
public sealed class DataDirectoryLock : IDisposable
{
    private readonly FileStream _lock;

    private DataDirectoryLock(FileStream stream) => _lock = stream;

    public static DataDirectoryLock Acquire(string dataDirectory)
    {
        Directory.CreateDirectory(dataDirectory);
        var path = Path.Combine(dataDirectory, "lofin.lock");
        try
        {
            var stream = new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            return new DataDirectoryLock(stream);
        }
        catch (IOException ex)
        {
            throw new InvalidOperationException($"Another LoFin process is using the data directory {Path.GetFullPath(dataDirectory)}. Stop it first, or set LOFIN_DATA to another directory.", ex);
        }
    }

    public void Dispose() => _lock.Dispose();
}
