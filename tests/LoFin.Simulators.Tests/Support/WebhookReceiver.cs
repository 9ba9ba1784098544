using LoFin.Testing;
using System.Collections.Concurrent;
using LoFin.Application.Integrations;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Tests.Support;

/// <summary>
/// A tiny web server on a free loopback port standing in for the app: it records every webhook
/// the bank posts, and can answer the first few with 500 to make the bank retry.
/// </summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    public const string Path = "/bank-callback";

    private readonly ConcurrentQueue<ReceivedWebhook> _received = new();
    private WebApplication? _app;
    private int _failuresLeft;

    private WebhookReceiver(int failFirst) => _failuresLeft = failFirst;

    public string Url { get; private set; } = "";

    /// <summary>Every request, including those answered with 500, in arrival order.</summary>
    public IReadOnlyList<ReceivedWebhook> All => [.. _received];

    /// <summary>The requests answered 2xx: what the app would have handled.</summary>
    public IReadOnlyList<ReceivedWebhook> Delivered => [.. _received.Where(r => r.AnsweredStatus == StatusCodes.Status200OK)];

    public static async Task<WebhookReceiver> StartAsync(int failFirst = 0)
    {
        var receiver = new WebhookReceiver(failFirst);
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        builder.Logging.ClearProviders();
        var app = builder.Build();
        app.MapPost(Path, receiver.ReceiveAsync);
        await app.StartAsync();
        receiver._app = app;
        receiver.Url = app.Urls.Single() + Path;
        return receiver;
    }

    public Task WaitForDeliveredAsync(int count, string what) =>
        Eventually.HoldsAsync(() => Delivered.Count >= count, $"{count} {what} arrived (got {Delivered.Count})");

    public async ValueTask DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    private async Task ReceiveAsync(HttpContext context)
    {
        using var buffer = new MemoryStream();
        await context.Request.Body.CopyToAsync(buffer);
        var status = Interlocked.Decrement(ref _failuresLeft) >= 0 ? StatusCodes.Status500InternalServerError : StatusCodes.Status200OK;
        var headers = context.Request.Headers;
        _received.Enqueue(new ReceivedWebhook(
            headers[WebhookSignature.EventIdHeader].FirstOrDefault(),
            headers[BankWebhookHeaders.EventType].FirstOrDefault(),
            headers[WebhookSignature.TimestampHeader].FirstOrDefault(),
            headers[WebhookSignature.SignatureHeader].FirstOrDefault(),
            int.Parse(headers[BankWebhookHeaders.Attempt].FirstOrDefault() ?? "0", System.Globalization.CultureInfo.InvariantCulture),
            buffer.ToArray(),
            status));
        context.Response.StatusCode = status;
    }
}
