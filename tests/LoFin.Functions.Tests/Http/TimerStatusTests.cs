using System.Net;
using System.Net.Http.Json;
using System.Text.Json;

namespace LoFin.Functions.Tests.Http;

public sealed class TimerStatusTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    [Fact]
    public async Task Timers_WhenMinistryOperatorAsks_ListsEveryTimerWithItsSchedule()
    {
        using var ministry = await _app.ClientAsAsync("mois.operator");
        var timers = await ministry.GetFromJsonAsync<JsonElement[]>("/api/platform/timers");
        Assert.Contains(timers!, t => t.GetProperty("name").GetString() == "VerifyAuditChains" && t.GetProperty("schedule").GetString() == "0 0 3 * * *");
        Assert.Contains(timers!, t => t.GetProperty("name").GetString() == "PurgeHandledInbox");
    }

    [Theory]
    [InlineData("seoul.operator")]
    [InlineData("mois.policy")]
    public async Task Timers_WhenAGovernmentsOperatorOrANonOperatorAsks_Is403(string userId)
    {
        using var client = await _app.ClientAsAsync(userId);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.GetAsync("/api/platform/timers")).StatusCode);
    }
}
