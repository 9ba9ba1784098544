using System.Net;

namespace LoFin.Functions.Tests.TreasuryBank;

/// <summary>
/// Stands between the adapter and the real simulator and misbehaves as told for the first requests
/// (an error status, a hang, an unreadable body), then passes requests through: how a flaky bank
/// or network looks from the adapter.
/// </summary>
public sealed class ScriptedHandler(params Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>>[] script) : DelegatingHandler(new SocketsHttpHandler())
{
    private int _requests;

    public int Requests => Volatile.Read(ref _requests);

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Status(HttpStatusCode status, string body = "") =>
        (_, _) => Task.FromResult(new HttpResponseMessage(status) { Content = new StringContent(body) });

    public static Func<HttpRequestMessage, CancellationToken, Task<HttpResponseMessage>> Hang =>
        async (_, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            throw new InvalidOperationException("unreachable");
        };

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var index = Interlocked.Increment(ref _requests) - 1;
        return index < script.Length ? script[index](request, cancellationToken) : base.SendAsync(request, cancellationToken);
    }
}
