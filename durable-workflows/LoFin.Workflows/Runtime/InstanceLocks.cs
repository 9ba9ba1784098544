namespace LoFin.Workflows.Runtime;

/// <summary>
/// Serialises transitions of one instance inside this process (striped, so memory stays
/// fixed). Without it, N events racing on one instance cost N rounds of read-decide-conflict
/// and a burst can exhaust the bounded retries; with it, only writers in other processes
/// race, and the etag still decides between them.
/// </summary>
internal sealed class InstanceLocks
{
    private const int Stripes = 256;

    private readonly SemaphoreSlim[] _stripes = [.. Enumerable.Range(0, Stripes).Select(_ => new SemaphoreSlim(1, 1))];

    public async Task<IDisposable> AcquireAsync(string tenant, string instanceId, CancellationToken cancellationToken)
    {
        var stripe = _stripes[(int)((uint)StringComparer.Ordinal.GetHashCode($"{tenant}/{instanceId}") % Stripes)];
        await stripe.WaitAsync(cancellationToken);
        return new Release(stripe);
    }

    private sealed class Release(SemaphoreSlim stripe) : IDisposable
    {
        private int _released;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
            {
                stripe.Release();
            }
        }
    }
}
