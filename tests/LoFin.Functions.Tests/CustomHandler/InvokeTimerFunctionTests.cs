using System.Net;
using System.Text;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.DependencyInjection;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>Timer occurrences as the Functions host posts them to <c>/{functionName}</c>.</summary>
public sealed class InvokeTimerFunctionTests(CustomHandlerApp fixture) : IClassFixture<CustomHandlerApp>
{
    private async Task<HttpResponseMessage> PostAsync(string functionName, string payload)
    {
        using var client = fixture.App.CreateClient();
        return await client.PostAsync("/" + functionName, new StringContent(payload, Encoding.UTF8, "application/json"));
    }

    [Fact]
    public async Task Invoke_WhenTimerFiresOnSchedule_RunsTheOccurrenceTheHostReports()
    {
        // A distinct day per test keeps the occurrences apart in the shared app.
        var next = new DateTimeOffset(2020, 3, 1, 17, 30, 0, TimeSpan.Zero);
        var last = next.AddDays(-1);

        var response = await PostAsync(RecordingTimerFunction.FunctionName, HostPayloads.Timer(next, last, isPastDue: false));

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        var tick = await fixture.App.Services.GetRequiredService<IDocumentStore>().ReadAsync<TestTick>(TenantId.National, TestTick.DocumentId(next));
        Assert.Equal(new TestTick(next, last, IsPastDue: false, MissedOccurrences: 0), tick!.Body);
    }

    [Fact]
    public async Task Invoke_WhenHostCatchesUpAMissedOccurrence_RunsItPastDue()
    {
        var missed = new DateTimeOffset(2020, 3, 2, 17, 30, 0, TimeSpan.Zero);

        var response = await PostAsync(RecordingTimerFunction.FunctionName, HostPayloads.Timer(missed, missed.AddDays(-3), isPastDue: true));

        var logs = await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        Assert.Contains(logs, l => l.Contains("past due", StringComparison.Ordinal));
        var run = fixture.TimerFunction.Runs.Single(r => r.ScheduledAt == missed);
        Assert.Equal(new TimerInvocation(missed, missed.AddDays(-3), IsPastDue: true, MissedOccurrences: 1), run);
    }

    [Fact]
    public async Task Invoke_WhenScheduleIsNotMonitored_RunsAsOfNowWithNoPreviousOccurrence()
    {
        var before = DateTimeOffset.UtcNow;

        var response = await PostAsync(RecordingTimerFunction.FunctionName, HostPayloads.Timer(next: null, last: null, isPastDue: false));

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        var after = DateTimeOffset.UtcNow;
        var run = fixture.TimerFunction.Runs.Single(r => r.ScheduledAt >= before && r.ScheduledAt <= after && r.PreviousScheduledAt is null);
        Assert.False(run.IsPastDue);
    }

    [Fact]
    public async Task Invoke_WhenFiredByHandBeforeTheNextOccurrence_RunsAsOfNow()
    {
        var before = DateTimeOffset.UtcNow;
        var future = new DateTimeOffset(2999, 1, 1, 0, 0, 0, TimeSpan.Zero);

        var response = await PostAsync(RecordingTimerFunction.FunctionName, HostPayloads.Timer(future, new DateTimeOffset(2020, 3, 5, 0, 0, 0, TimeSpan.Zero), isPastDue: false));

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        var after = DateTimeOffset.UtcNow;
        Assert.Single(fixture.TimerFunction.Runs, r => r.ScheduledAt >= before && r.ScheduledAt <= after && r.PreviousScheduledAt == new DateTimeOffset(2020, 3, 5, 0, 0, 0, TimeSpan.Zero));
    }

    [Fact]
    public async Task Invoke_WhenFirstRunReportsNoLastOccurrence_HasNoPreviousOccurrence()
    {
        var next = new DateTimeOffset(2020, 3, 3, 17, 30, 0, TimeSpan.Zero);

        // Before the first run the host reports Last as 0001-01-01.
        var response = await PostAsync(RecordingTimerFunction.FunctionName, HostPayloads.Timer(next, last: null, isPastDue: false));

        await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.OK);
        Assert.Null(fixture.TimerFunction.Runs.Single(r => r.ScheduledAt == next).PreviousScheduledAt);
    }

    [Fact]
    public async Task Invoke_WhenTimerFunctionFails_Answers500WithLogs()
    {
        var response = await PostAsync(FailingTimerFunction.FunctionName, HostPayloads.Timer(new DateTimeOffset(2020, 3, 4, 0, 0, 0, TimeSpan.Zero), null, false));

        var logs = await InvocationAssert.IsInvocationResponseAsync(response, HttpStatusCode.InternalServerError);
        Assert.Contains(logs, l => l.Contains(FailingTimerFunction.FunctionName, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Invoke_WhenTimerStateIsMissing_Is400ProblemNamingIt()
    {
        var response = await PostAsync(RecordingTimerFunction.FunctionName, "{\"Data\":{},\"Metadata\":{}}");

        await ProblemAssert.IsProblemAsync(response, HttpStatusCode.BadRequest, "Data.timer");
    }
}
