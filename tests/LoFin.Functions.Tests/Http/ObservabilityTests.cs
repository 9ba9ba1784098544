using LoFin.Testing;
using System.Collections.Concurrent;
using System.Diagnostics.Metrics;
using System.Net.Http.Json;
using LoFin.Application.Messaging;
using LoFin.Application.Observability;
using LoFin.Domain.Tenancy;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace LoFin.Functions.Tests.Http;

public sealed class ObservabilityTests
{
    [Fact]
    public async Task RequestLogs_WhenATenantRouteIsServed_CarryTenantUserAndCorrelationId()
    {
        var capture = new ScopeCapture();
        using var factory = new LoFinAppFactory();
        try
        {
            using var app = factory.WithWebHostBuilder(b => b.ConfigureLogging(l => l.AddProvider(capture)));
            using var client = app.CreateClient();
            var token = (await (await client.PostAsJsonAsync("/api/dev/token", new { user = "suwon.operator" })).Content
                .ReadFromJsonAsync<Dictionary<string, object>>())!["accessToken"].ToString();
            using var request = new HttpRequestMessage(HttpMethod.Post, "/api/tenants/41110/dead-letters/nothing/replay");
            request.Headers.Authorization = new("Bearer", token);
            request.Headers.Add("X-Correlation-Id", "corr-test-42");
            var response = await client.SendAsync(request);
            Assert.Equal("corr-test-42", response.Headers.GetValues("X-Correlation-Id").Single());

            // The refusal (404) is logged by the app inside the request's scope.
            Assert.Contains(capture.Entries, e =>
                e.Scopes.TryGetValue("CorrelationId", out var c) && Equals(c, "corr-test-42")
                && e.Scopes.TryGetValue("TenantId", out var t) && Equals(t, "41110")
                && e.Scopes.TryGetValue("UserId", out var u) && Equals(u, "suwon.operator"));
        }
        finally
        {
            factory.DeleteData();
        }
    }

    [Fact]
    public async Task Metrics_WhenTheLocalPumpDeadLettersAMessage_AreCountedOnTheLoFinMeter()
    {
        long deadLettered = 0;
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, l) =>
        {
            if (instrument.Meter.Name == LoFinMetrics.MeterName && instrument.Name == "lofin.messages.dead_lettered")
            {
                l.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, _, _) => Interlocked.Add(ref deadLettered, value));
        listener.Start();

        using var factory = new LoFinAppFactory();
        try
        {
            factory.CreateClient().Dispose();
            await factory.Services.GetRequiredService<IMessageQueue>()
                .SendAsync(OutboxMessage.Create("nobody-listens", TenantId.Parse("11000"), new { x = 1 }));
            await Eventually.HoldsAsync(() => Interlocked.Read(ref deadLettered) >= 1, "the message is dead-lettered");
        }
        finally
        {
            factory.Dispose();
            factory.DeleteData();
        }
    }

    private sealed record Entry(string Category, string Message, IReadOnlyDictionary<string, object?> Scopes);

    /// <summary>Records every log entry with the values of the scopes around it.</summary>
    private sealed class ScopeCapture : ILoggerProvider, ISupportExternalScope
    {
        private IExternalScopeProvider _scopes = new LoggerExternalScopeProvider();

        public ConcurrentBag<Entry> Entries { get; } = [];

        public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

        public void SetScopeProvider(IExternalScopeProvider scopeProvider) => _scopes = scopeProvider;

        public void Dispose()
        {
        }

        private sealed class Logger(ScopeCapture owner, string category) : ILogger
        {
            public IDisposable? BeginScope<TState>(TState state) where TState : notnull => owner._scopes.Push(state);

            public bool IsEnabled(LogLevel logLevel) => true;

            public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            {
                var values = new Dictionary<string, object?>();
                owner._scopes.ForEachScope((scope, acc) =>
                {
                    if (scope is IEnumerable<KeyValuePair<string, object?>> pairs)
                    {
                        foreach (var (key, value) in pairs)
                        {
                            acc[key] = value;
                        }
                    }
                }, values);
                owner.Entries.Add(new Entry(category, formatter(state, exception), values));
            }
        }
    }
}
