using LoFin.Application.Messaging;

namespace LoFin.Functions.Hosting;

/// <summary>Local mode: runs the queue-triggered functions in this process.</summary>
public sealed class MessagePumpService(MessagePump pump) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => pump.RunAsync(stoppingToken);
}
