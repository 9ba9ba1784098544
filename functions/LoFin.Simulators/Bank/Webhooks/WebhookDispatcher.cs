using System.Globalization;
using System.Net.Http.Headers;
using System.Threading.Channels;
using LoFin.Application.Integrations;
using LoFin.Simulators.Bank.Scheduling;

namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>
/// Sends webhook deliveries to the registered callback URL, signed at each attempt, a fixed
/// number at a time. A delivery that gets no 2xx is retried later on the <see cref="DueQueue"/>
/// with doubling delays, up to the attempt limit; pending deliveries are counted and capped, so a
/// receiver that is down for long costs bounded memory.
/// </summary>
public sealed class WebhookDispatcher : BackgroundService
{
    private readonly TreasuryBankOptions _options;
    private readonly CallbackRegistration _callback;
    private readonly DueQueue _due;
    private readonly BankStatistics _statistics;
    private readonly TimeProvider _time;
    private readonly ILogger<WebhookDispatcher> _logger;
    private readonly HttpClient _http;
    private readonly Channel<PendingDelivery> _ready = Channel.CreateUnbounded<PendingDelivery>();

    public WebhookDispatcher(TreasuryBankOptions options, CallbackRegistration callback, DueQueue due, BankStatistics statistics, TimeProvider time, ILogger<WebhookDispatcher> logger)
    {
        _options = options;
        _callback = callback;
        _due = due;
        _statistics = statistics;
        _time = time;
        _logger = logger;
        _http = new HttpClient(new SocketsHttpHandler
        {
            MaxConnectionsPerServer = options.Webhooks.Concurrency,
            PooledConnectionLifetime = TimeSpan.FromMinutes(2),
            ConnectTimeout = TimeSpan.FromMilliseconds(options.Webhooks.TimeoutMs),
        })
        {
            // Each attempt has its own timeout on the TimeProvider; the client's own would only race it.
            Timeout = Timeout.InfiniteTimeSpan,
        };
    }

    /// <param name="holdBack">How long to wait before the first attempt: zero, or a fault's delay.</param>
    public void Enqueue(PendingDelivery delivery, TimeSpan holdBack)
    {
        if (_statistics.DeliveriesPending >= _options.Webhooks.MaxPending)
        {
            _statistics.DeliveryDroppedAtCapacity();
            _logger.LogWarning("Dropped event {EventId}: {Pending} deliveries are already waiting (Sim:Bank:Webhooks:MaxPending).", delivery.EventId, _statistics.DeliveriesPending);
            return;
        }
        _statistics.DeliveryQueued();
        if (holdBack <= TimeSpan.Zero)
        {
            _ready.Writer.TryWrite(delivery);
        }
        else
        {
            _due.Schedule(holdBack, () => _ready.Writer.TryWrite(delivery));
        }
    }

    public override void Dispose()
    {
        _http.Dispose();
        base.Dispose();
    }

    protected override Task ExecuteAsync(CancellationToken stoppingToken) =>
        Task.WhenAll(Enumerable.Range(0, _options.Webhooks.Concurrency).Select(_ => Task.Run(() => DeliverAllAsync(stoppingToken), stoppingToken)));

    private async Task DeliverAllAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var delivery in _ready.Reader.ReadAllAsync(stoppingToken))
            {
                await DeliverAsync(delivery, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The bank is shutting down; what was pending goes with it, as with a real outage.
        }
    }

    private async Task DeliverAsync(PendingDelivery delivery, CancellationToken stoppingToken)
    {
        var url = _callback.Url;
        if (url is null)
        {
            _statistics.DeliveryWithoutCallback();
            _logger.LogInformation("Event {EventId} not sent: no callback URL is registered.", delivery.EventId);
            return;
        }

        string failure;
        try
        {
            using var request = Build(url, delivery);
            using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(_options.Webhooks.TimeoutMs), _time);
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken, timeout.Token);
            using var response = await _http.SendAsync(request, linked.Token);
            if (response.IsSuccessStatusCode)
            {
                _statistics.DeliverySucceeded();
                return;
            }
            failure = $"HTTP {(int)response.StatusCode}";
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex)
        {
            // Refused connections, resets and timeouts are what retries are for.
            failure = $"{ex.GetType().Name}: {ex.Message}";
        }

        _statistics.DeliveryAttemptFailed();
        if (delivery.Attempt >= _options.Webhooks.MaxAttempts)
        {
            _statistics.DeliveryAbandoned();
            _logger.LogWarning("Gave up event {EventId} ({EventType}) to {Url} after {Attempts} attempts; last: {Failure}.", delivery.EventId, delivery.EventType, url, delivery.Attempt, failure);
            return;
        }
        var delay = _options.Webhooks.RetryDelay(delivery.Attempt);
        _logger.LogInformation("Event {EventId} attempt {Attempt} failed ({Failure}); retrying in {DelayMs} ms.", delivery.EventId, delivery.Attempt, failure, delay.TotalMilliseconds);
        var retry = delivery with { Attempt = delivery.Attempt + 1 };
        _due.Schedule(delay, () => _ready.Writer.TryWrite(retry));
    }

    private HttpRequestMessage Build(Uri url, PendingDelivery delivery)
    {
        // Signed now, not when the event was made: a retry an hour later is still inside the receiver's replay window.
        var signature = WebhookSignature.Sign(delivery.Body.Span, _options.WebhookSecret, _time);
        var request = new HttpRequestMessage(HttpMethod.Post, url)
        {
            Content = new ReadOnlyMemoryContent(delivery.Body),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
        request.Headers.Add(WebhookSignature.TimestampHeader, signature.Timestamp);
        request.Headers.Add(WebhookSignature.SignatureHeader, signature.Signature);
        request.Headers.Add(WebhookSignature.EventIdHeader, delivery.EventId);
        request.Headers.Add(BankWebhookHeaders.EventType, delivery.EventType);
        request.Headers.Add(BankWebhookHeaders.Attempt, delivery.Attempt.ToString(CultureInfo.InvariantCulture));
        return request;
    }
}
