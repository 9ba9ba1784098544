using System.Text.Json.Serialization;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// One entry of a function.json <c>bindings</c> array. Only the properties this app uses;
/// unset ones are left out of the file.
/// </summary>
public sealed record FunctionBinding
{
    /// <summary>The app setting holding the Service Bus connection (or <c>ServiceBusConnection__fullyQualifiedNamespace</c> for a managed identity).</summary>
    public const string ServiceBusConnectionSetting = "ServiceBusConnection";

    /// <summary>The name under which a queue function's message arrives in the payload's <c>Data</c>.</summary>
    public const string QueueMessageName = "message";

    /// <summary>The name under which a timer function's state arrives in the payload's <c>Data</c>.</summary>
    public const string TimerName = "timer";

    public required string Name { get; init; }

    public required string Type { get; init; }

    public required string Direction { get; init; }

    public string? AuthLevel { get; init; }

    public IReadOnlyList<string>? Methods { get; init; }

    public string? Route { get; init; }

    public string? QueueName { get; init; }

    public string? Connection { get; init; }

    public string? Schedule { get; init; }

    public bool? UseMonitor { get; init; }

    [JsonIgnore]
    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.Ordinal);

    /// <summary>
    /// Anonymous at the host: the app checks the bearer token itself, so a function key would
    /// only be a second secret to rotate. The route is the app's own, without the leading slash.
    /// </summary>
    public static FunctionBinding HttpTrigger(string route, IReadOnlyList<string>? methods) => new()
    {
        Name = "req",
        Type = "httpTrigger",
        Direction = "in",
        AuthLevel = "anonymous",
        Methods = methods,
        Route = route,
    };

    /// <summary>The HTTP response. With exactly one httpTrigger in and one http out, the host forwards the request as is.</summary>
    public static FunctionBinding HttpOutput() => new() { Name = "$return", Type = "http", Direction = "out" };

    public static FunctionBinding ServiceBusTrigger(string queueName) => new()
    {
        Name = QueueMessageName,
        Type = "serviceBusTrigger",
        Direction = "in",
        QueueName = queueName,
        Connection = ServiceBusConnectionSetting,
    };

    /// <summary>Monitored, so an occurrence missed while the app was down runs once, past due, at the next start.</summary>
    public static FunctionBinding TimerTrigger(string schedule) => new()
    {
        Name = TimerName,
        Type = "timerTrigger",
        Direction = "in",
        Schedule = schedule,
        UseMonitor = true,
    };
}
