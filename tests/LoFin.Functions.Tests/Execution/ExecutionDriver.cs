using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Testing;

namespace LoFin.Functions.Tests.Execution;

/// <summary>
/// Walks budget execution over HTTP as officials would: each call signs in as the named user,
/// sends a fresh Idempotency-Key unless given one, and returns the status and JSON body.
/// Works against the in-process app and the app as a process alike.
/// </summary>
public sealed class ExecutionDriver(Func<string, Task<HttpClient>> clientAs, string tenant = "41110")
{
    public string Tenant { get; } = tenant;

    public async Task<(HttpStatusCode Status, JsonElement Body, HttpResponseMessage Response)> PostAsync(string user, string path, object body, string? key = "new")
    {
        using var client = await clientAs(user);
        using var request = new HttpRequestMessage(HttpMethod.Post, $"/api/tenants/{Tenant}{path}") { Content = JsonContent.Create(body) };
        if (key is not null)
        {
            request.Headers.Add("Idempotency-Key", key == "new" ? Guid.NewGuid().ToString("N") : key);
        }
        var response = await client.SendAsync(request);
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone(), response);
    }

    public async Task<(HttpStatusCode Status, JsonElement Body)> GetAsync(string user, string path)
    {
        using var client = await clientAs(user);
        var response = await client.GetAsync($"/api/tenants/{Tenant}{path}");
        var text = await response.Content.ReadAsStringAsync();
        return (response.StatusCode, text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone());
    }

    /// <summary>A line of the demo budget with the given 회계 whose ledger holds a budget of at least <paramref name="minBudgetWon"/>, once adoption was applied.</summary>
    public async Task<JsonElement> LineAsync(string user, int skip = 0, long minBudgetWon = 50_000_000)
    {
        JsonElement line = default;
        await Eventually.HoldsAsync(async () =>
        {
            var (status, body) = await GetAsync(user, "/budget/2026/execution?fiscalAccount=100&pageSize=200");
            if (status != HttpStatusCode.OK)
            {
                return false;
            }
            var candidates = body.GetProperty("items").EnumerateArray().Where(l => l.GetProperty("budgetWon").GetInt64() >= minBudgetWon).ToList();
            if (candidates.Count <= skip)
            {
                return false;
            }
            line = candidates[skip];
            return true;
        }, "the demo budget applied to the execution ledgers", TimeSpan.FromSeconds(60));
        return line;
    }

    public async Task<JsonElement> ExecutionOfAsync(string user, string lineKey)
    {
        var account = lineKey.Split('/')[1];
        string? continuation = null;
        do
        {
            var (_, body) = await GetAsync(user, $"/budget/2026/execution?fiscalAccount={account}&pageSize=200"
                + (continuation is null ? "" : "&continuationToken=" + Uri.EscapeDataString(continuation)));
            foreach (var line in body.GetProperty("items").EnumerateArray())
            {
                if (line.GetProperty("lineKey").GetString() == lineKey)
                {
                    return line;
                }
            }
            continuation = body.GetProperty("continuationToken").GetString();
        }
        while (continuation is not null);
        throw new InvalidOperationException($"No execution line {lineKey}.");
    }

    /// <summary>The current assignee of an approval line decides; returns once the decision is applied.</summary>
    public async Task DecideAsync(string instanceId, string viewer, string decision = "Approve", string? comment = null)
    {
        JsonElement progress = default;
        await Eventually.HoldsAsync(async () =>
        {
            var (status, body) = await GetAsync(viewer, $"/approvals/{instanceId}");
            if (status != HttpStatusCode.OK || body.GetProperty("progress").ValueKind != JsonValueKind.Object)
            {
                return false;
            }
            progress = body.GetProperty("progress");
            return true;
        }, $"approval {instanceId} waiting for a decision");
        var assignee = progress.GetProperty("assigneeUserId").GetString()!;
        var (decided, answer, _) = await PostAsync(assignee, $"/approvals/{instanceId}/decisions",
            new { decision, round = progress.GetProperty("round").GetInt32(), step = progress.GetProperty("step").GetInt32(), comment });
        Assert.True(decided == HttpStatusCode.OK, answer.ToString());
    }

    /// <summary>Approves every step until the line ends; <paramref name="viewer"/> (the drafter) can see the line throughout.</summary>
    public async Task ApproveAllAsync(string instanceId, string viewer)
    {
        for (var i = 0; i < 10; i++)
        {
            var (_, body) = await GetAsync(viewer, $"/approvals/{instanceId}");
            if (body.GetProperty("status").GetString() != "Running")
            {
                return;
            }
            await DecideAsync(instanceId, viewer);
        }
    }

    public async Task<JsonElement> WaitForAsync(string user, string path, Func<JsonElement, bool> condition, string what)
    {
        JsonElement last = default;
        await Eventually.HoldsAsync(async () =>
        {
            var (status, body) = await GetAsync(user, path);
            last = body;
            return status == HttpStatusCode.OK && condition(body);
        }, what, TimeSpan.FromSeconds(60));
        return last;
    }
}
