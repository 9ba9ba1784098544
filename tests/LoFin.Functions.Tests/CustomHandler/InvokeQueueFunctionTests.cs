using System.Net;
using System.Text;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Functions.CustomHandler;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>Service Bus deliveries as the Functions host posts them to <c>/{functionName}</c>.</summary>
public sealed class InvokeQueueFunctionTests(CustomHandlerApp fixture) : IClassFixture<CustomHandlerApp>
{
    private static readonly TenantId Suwon = TenantId.Parse("41110");

    private static StringContent Json(string payload) => new(payload, Encoding.UTF8, "application/json");

    private static string NewMessageId() => "msg-" + Guid.NewGuid().ToString("N");

    private async Task<HttpResponseMessage> PostAsync(string functionName, string payload)
    {
        using var client = fixture.App.CreateClient();
        return await client.PostAsync("/" + functionName, Json(payload));
    }

    private Task<Document<TestRecording>?> RecordingAsync(TenantId tenant, string messageId) =>
        fixture.App.Services.GetRequiredService<IDocumentStore>().ReadAsync<TestRecording>(tenant, TestRecording.DocumentId(messageId));

    [Fact]
    public async Task Invoke_WhenHostDeliversMessage_RunsFunctionAndAnswersInvocationResponse()
    {
        var messageId = NewMessageId();

        var response = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "세출예산 배정" }, correlationId: "corr-abc"));

        var logs = await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        Assert.Contains(logs, l => l.Contains(messageId, StringComparison.Ordinal));
        var recording = (await RecordingAsync(Suwon, messageId))!.Body;
        Assert.Equal(new TestRecording(messageId, "세출예산 배정", 1, 1, "corr-abc", HostPayloads.EnqueuedAt), recording);
        var inbox = await fixture.App.Services.GetRequiredService<IDocumentStore>()
            .ReadAsync<InboxEntry>(Suwon, InboxEntry.DocumentId(RecordingQueueFunction.FunctionName, messageId));
        Assert.NotNull(inbox);
    }

    [Fact]
    public async Task Invoke_WhenSameMessageIdIsDeliveredAgain_DoesNotRunTheEffectTwice()
    {
        var messageId = NewMessageId();
        var first = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "once" }));
        await InvocationAssert.IsInvocationResponseAsync(first, HttpStatusCode.OK);

        var again = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "once" }, deliveryCount: 2));

        var logs = await InvocationAssert.IsInvocationResponseAsync(again, HttpStatusCode.OK);
        Assert.Contains(logs, l => l.Contains("already handled", StringComparison.Ordinal));
        Assert.Equal(1, (await RecordingAsync(Suwon, messageId))!.Body.Runs);
        Assert.Equal(1, fixture.QueueFunction.RunsOf(messageId));
    }

    [Theory]
    [InlineData(MessageBodyEncoding.HostQuotedString)]
    [InlineData(MessageBodyEncoding.Base64)]
    [InlineData(MessageBodyEncoding.JsonObject)]
    public async Task Invoke_WhenBodyArrivesInAnyHostEncoding_ReadsTheSameJson(MessageBodyEncoding encoding)
    {
        var messageId = NewMessageId();

        var response = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "지출결의 \"긴급\"" }, encoding: encoding));

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        Assert.Equal("지출결의 \"긴급\"", (await RecordingAsync(Suwon, messageId))!.Body.Value);
    }

    [Fact]
    public async Task Invoke_WhenMessageBelongsToAnotherTenant_WritesOnlyInThatTenantsPartition()
    {
        var messageId = NewMessageId();

        var response = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "seoul" }, tenantId: "11000"));

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        Assert.NotNull(await RecordingAsync(TenantId.Parse("11000"), messageId));
        Assert.Null(await RecordingAsync(Suwon, messageId));
    }

    [Fact]
    public async Task Invoke_WhenFunctionFails_Answers500WithLogsAndLeavesTheMessageUnhandled()
    {
        var messageId = NewMessageId();

        var failed = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "x", fail = true }));

        var logs = await InvocationAssert.IsInvocationResponseAsync(failed, HttpStatusCode.InternalServerError);
        Assert.Contains(logs, l => l.Contains(nameof(InvalidOperationException), StringComparison.Ordinal));
        Assert.Null(await RecordingAsync(Suwon, messageId));
        // Not marked handled, so Service Bus's next delivery runs it again.
        var retried = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "x" }, deliveryCount: 2));
        await InvocationAssert.IsInvocationResponseAsync(retried, HttpStatusCode.OK);
        Assert.Equal(2, (await RecordingAsync(Suwon, messageId))!.Body.DeliveryCount);
    }

    [Fact]
    public async Task Invoke_WhenFunctionNameIsUnknown_Is404Problem()
    {
        var response = await PostAsync("NoSuchFunction", HostPayloads.ServiceBus(NewMessageId(), new { value = "x" }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invoke_WhenNameIsAnHttpFunction_Is404Problem()
    {
        var response = await PostAsync("GetHealth", HostPayloads.ServiceBus(NewMessageId(), new { value = "x" }));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Invoke_WhenPayloadIsNotJson_Is400Problem()
    {
        var response = await PostAsync(RecordingQueueFunction.FunctionName, "{\"Data\": {\"message\": ");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "$");
    }

    [Fact]
    public async Task Invoke_WhenDataIsMissing_Is400ProblemNamingIt()
    {
        var response = await PostAsync(RecordingQueueFunction.FunctionName, "{\"Metadata\": {}}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Data");
    }

    [Fact]
    public async Task Invoke_WhenMessageIdIsMissing_Is400ProblemNamingIt()
    {
        var payload = HostPayloads.ServiceBus(NewMessageId(), new { value = "x" }).Replace("\"MessageId\"", "\"OtherId\"", StringComparison.Ordinal);

        var response = await PostAsync(RecordingQueueFunction.FunctionName, payload);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Metadata.MessageId");
    }

    [Fact]
    public async Task Invoke_WhenTenantPropertyIsMissing_Is400ProblemAndRunsNothing()
    {
        var messageId = NewMessageId();

        var response = await PostAsync(RecordingQueueFunction.FunctionName, HostPayloads.ServiceBus(messageId, new { value = "x" }, tenantId: null));

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, $"Metadata.ApplicationProperties.{ServiceBusTriggerMessage.TenantIdProperty}");
        Assert.Equal(0, fixture.QueueFunction.RunsOf(messageId));
    }

    [Fact]
    public async Task Invoke_WhenBodyIsNotJson_Is400ProblemNamingIt()
    {
        var payload = "{\"Data\":{\"message\":\"not json, not base64!\"},\"Metadata\":{\"MessageId\":\"m-1\",\"ApplicationProperties\":{\"tenantId\":\"41110\"}}}";

        var response = await PostAsync(RecordingQueueFunction.FunctionName, payload);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Data.message");
    }

    [Fact]
    public async Task Invoke_WhenCallerIsNotOnLoopback_Is404ProblemAndRunsNothing()
    {
        var messageId = NewMessageId();
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + RecordingQueueFunction.FunctionName)
        {
            Content = Json(HostPayloads.ServiceBus(messageId, new { value = "x" })),
        };
        request.Headers.Add(RemoteAddressStartupFilter.HeaderName, "203.0.113.7");

        var response = await client.SendAsync(request);

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(0, fixture.QueueFunction.RunsOf(messageId));
    }

    [Theory]
    [InlineData("::1")]
    [InlineData("::ffff:127.0.0.1")]
    [InlineData("127.0.0.2")]
    public async Task Invoke_WhenCallerIsAnyLoopbackAddress_RunsTheFunction(string address)
    {
        var messageId = NewMessageId();
        using var client = fixture.App.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/" + RecordingQueueFunction.FunctionName)
        {
            Content = Json(HostPayloads.ServiceBus(messageId, new { value = "x" })),
        };
        request.Headers.Add(RemoteAddressStartupFilter.HeaderName, address);

        var response = await client.SendAsync(request);

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        Assert.Equal(1, fixture.QueueFunction.RunsOf(messageId));
    }
}
