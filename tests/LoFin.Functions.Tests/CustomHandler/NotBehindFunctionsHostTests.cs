using System.Net;
using System.Text;
using LoFin.Application.Functions;
using LoFin.Functions.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.CustomHandler;

public sealed class NotBehindFunctionsHostTests
{
    [Fact]
    public async Task Invoke_WhenAppWasNotStartedByTheFunctionsHost_IsNotServed()
    {
        var factory = new LoFinAppFactory();
        try
        {
            using var app = factory.WithWebHostBuilder(builder => builder.ConfigureServices(s => s.AddQueueFunction<RecordingQueueFunction>()));
            using var client = app.CreateClient();

            var response = await client.PostAsync("/" + RecordingQueueFunction.FunctionName,
                new StringContent(HostPayloads.ServiceBus("msg-local", new { value = "x" }), Encoding.UTF8, "application/json"));

            Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
            Assert.Equal(0, app.Services.GetServices<IQueueFunction>().OfType<RecordingQueueFunction>().Single().RunsOf("msg-local"));
            Assert.DoesNotContain(app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>(),
                e => e.RoutePattern.RawText == "/{functionName}");
        }
        finally
        {
            factory.Dispose();
            factory.DeleteData();
        }
    }
}
