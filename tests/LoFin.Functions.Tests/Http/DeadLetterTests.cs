using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.Http;

public sealed class DeadLetterTests(AppFixture fixture) : IClassFixture<AppFixture>
{
    private readonly LoFinAppFactory _app = fixture.App;

    /// <summary>Puts a message straight into the dead-letter list, as five failed deliveries would.</summary>
    private async Task<string> DeadLetterAsync(TenantId tenant)
    {
        _app.CreateClient().Dispose();
        var queue = _app.Services.GetRequiredService<IMessageQueue>();
        var message = OutboxMessage.Create("test-unrouted-" + Guid.NewGuid().ToString("N"), tenant, new { value = 1 });
        await queue.SendAsync(message);
        // The pump dead-letters a message no function listens to; wait for it.
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (DateTime.UtcNow < deadline)
        {
            var page = await queue.ListDeadLettersAsync(tenant, 200, null);
            if (page.Items.Any(d => d.MessageId == message.MessageId))
            {
                return message.MessageId;
            }
            await Task.Delay(20);
        }
        throw new TimeoutException("The message was not dead-lettered.");
    }

    [Fact]
    public async Task DeadLetters_WhenOperatorOfTheGovernment_ListsAndReplaysOnce()
    {
        var messageId = await DeadLetterAsync(TenantId.Parse("41110"));
        using var suwon = await _app.ClientAsAsync("suwon.operator");

        var list = await suwon.GetFromJsonAsync<JsonElement>("/api/tenants/41110/dead-letters?pageSize=200");
        var item = list.GetProperty("items").EnumerateArray().Single(i => i.GetProperty("messageId").GetString() == messageId);
        Assert.Contains("No function listens", item.GetProperty("lastError").GetString());

        var replay = await suwon.PostAsync($"/api/tenants/41110/dead-letters/{messageId}/replay", null);
        Assert.Equal(HttpStatusCode.Accepted, replay.StatusCode);
        var again = await suwon.PostAsync($"/api/tenants/41110/dead-letters/{messageId}/replay", null);
        // Either it is still on the queue (not dead) or already dead again after the pump; never replayed twice at once.
        Assert.True(again.StatusCode is HttpStatusCode.NotFound or HttpStatusCode.Accepted);
    }

    [Fact]
    public async Task DeadLetters_WhenAnotherGovernmentsOperator_NeverSeesThem()
    {
        var messageId = await DeadLetterAsync(TenantId.Parse("41830"));
        using var seoul = await _app.ClientAsAsync("seoul.operator");
        var own = await seoul.GetFromJsonAsync<JsonElement>("/api/tenants/11000/dead-letters?pageSize=200");
        Assert.DoesNotContain(own.GetProperty("items").EnumerateArray(), i => i.GetProperty("messageId").GetString() == messageId);
        Assert.Equal(HttpStatusCode.Forbidden, (await seoul.GetAsync("/api/tenants/41830/dead-letters")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await seoul.PostAsync($"/api/tenants/41830/dead-letters/{messageId}/replay", null)).StatusCode);
    }
}
