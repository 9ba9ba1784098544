using System.Net;
using System.Text.Json;

namespace LoFin.Functions.Tests.CustomHandler;

public static class InvocationAssert
{
    /// <summary>Asserts the custom-handler response payload: empty Outputs, at least one log line, null ReturnValue.</summary>
    public static async Task<IReadOnlyList<string>> IsInvocationResponseAsync(HttpResponseMessage response, HttpStatusCode status)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == status, $"Expected {(int)status}, got {(int)response.StatusCode}: {body}");
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        var root = JsonDocument.Parse(body).RootElement;
        Assert.Equal(["Logs", "Outputs", "ReturnValue"], root.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Object, root.GetProperty("Outputs").ValueKind);
        Assert.Empty(root.GetProperty("Outputs").EnumerateObject());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("ReturnValue").ValueKind);
        var logs = root.GetProperty("Logs").EnumerateArray().Select(l => l.GetString()!).ToList();
        Assert.NotEmpty(logs);
        return logs;
    }
}
