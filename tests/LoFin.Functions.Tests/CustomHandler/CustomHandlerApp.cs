using LoFin.Application.Functions;
using LoFin.Functions.CustomHandler;
using LoFin.Functions.Hosting;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>
/// The app as the Functions host runs it (<c>FUNCTIONS_CUSTOMHANDLER_PORT</c> set), with a
/// test-only queue function and two test-only timer functions registered next to the real ones.
/// </summary>
public sealed class CustomHandlerApp : IDisposable
{
    private readonly LoFinAppFactory _factory = new(settings: new Dictionary<string, string?>
    {
        [InvokeFunctionEndpoint.PortSetting] = "7199",
    });

    public CustomHandlerApp()
    {
        App = _factory.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
        {
            services.AddQueueFunction<RecordingQueueFunction>();
            services.AddTimerFunction<RecordingTimerFunction>();
            services.AddTimerFunction<FailingTimerFunction>();
            services.AddSingleton<IStartupFilter, RemoteAddressStartupFilter>();
        }));
        App.CreateClient().Dispose();
    }

    public WebApplicationFactory<Program> App { get; }

    public RecordingQueueFunction QueueFunction => App.Services.GetServices<IQueueFunction>().OfType<RecordingQueueFunction>().Single();

    public RecordingTimerFunction TimerFunction => App.Services.GetServices<ITimerFunction>().OfType<RecordingTimerFunction>().Single();

    public void Dispose()
    {
        App.Dispose();
        _factory.Dispose();
        _factory.DeleteData();
    }
}
