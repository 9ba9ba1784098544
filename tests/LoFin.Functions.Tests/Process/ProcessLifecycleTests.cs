using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Testing;

namespace LoFin.Functions.Tests.Process;

public sealed class ProcessLifecycleTests : IDisposable
{
    private static readonly string AppDll = typeof(Program).Assembly.Location;

    private readonly string _data = Path.Combine(Path.GetTempPath(), "lofin-proc-" + Guid.NewGuid().ToString("N"));

    [Fact]
    public async Task App_WhenInterruptedAndStartedAgain_StopsCleanlyAndKeepsItsData()
    {
        string token;
        await using (var first = await AppProcess.StartAsync(AppDll, _data))
        {
            using var client = first.CreateClient();
            var response = await client.PostAsJsonAsync("/api/dev/token", new { user = "yangpyeong.operator" });
            token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString()!;
            Assert.Equal(0, await first.InterruptAsync(TimeSpan.FromSeconds(30)));
        }

        await using var second = await AppProcess.StartAsync(AppDll, _data);
        using var again = second.CreateClient();
        var tenants = await again.GetFromJsonAsync<JsonElement[]>("/api/public/tenants");
        Assert.Equal(244, tenants!.Length);
        again.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var me = await again.GetFromJsonAsync<JsonElement>("/api/me");
        Assert.Equal("41830", me.GetProperty("tenantId").GetString());
        Assert.Equal(0, await second.InterruptAsync(TimeSpan.FromSeconds(30)));
    }

    [Fact]
    public async Task App_WhenKilledAndRestarted_RecoversTheStore()
    {
        await using (var first = await AppProcess.StartAsync(AppDll, _data))
        {
            await first.KillAsync();
        }
        await using var second = await AppProcess.StartAsync(AppDll, _data);
        using var client = second.CreateClient();
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/health")).StatusCode);
        Assert.Equal(244, (await client.GetFromJsonAsync<JsonElement[]>("/api/public/tenants"))!.Length);
    }

    public void Dispose()
    {
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}
