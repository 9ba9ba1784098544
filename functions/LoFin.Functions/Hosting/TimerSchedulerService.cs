using LoFin.Application.Timers;

namespace LoFin.Functions.Hosting;

/// <summary>Local mode: runs the timer-triggered functions on their NCRONTAB schedules in Asia/Seoul.</summary>
public sealed class TimerSchedulerService(TimerScheduler scheduler) : BackgroundService
{
    protected override Task ExecuteAsync(CancellationToken stoppingToken) => scheduler.RunAsync(stoppingToken);
}
