using System.Net.Http.Headers;
using System.Net.Http.Json;
using LoFin.Application.Documents;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace LoFin.Functions.Tests;

/// <summary>
/// The whole function app in-process, over the full HTTP pipeline, on its own embedded
/// store in a temporary directory. Settings are passed as the environment would pass them.
/// </summary>
public sealed class LoFinAppFactory : WebApplicationFactory<Program>
{
    private readonly Dictionary<string, string?> _settings;

    public LoFinAppFactory(string? dataDirectory = null, IReadOnlyDictionary<string, string?>? settings = null)
    {
        DataDirectory = dataDirectory ?? Path.Combine(Path.GetTempPath(), "lofin-app-" + Guid.NewGuid().ToString("N"));
        _settings = new Dictionary<string, string?>
        {
            ["LOFIN_DATA"] = DataDirectory,
            ["LOFIN_LOG_FORMAT"] = "simple",
            ["LoFin:SignInRequestsPerMinute"] = "10000",
            ["LoFin:PublicRequestsPerMinute"] = "10000",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>())
        {
            _settings[key] = value;
        }
    }

    public string DataDirectory { get; }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        foreach (var (key, value) in _settings)
        {
            builder.UseSetting(key, value);
        }
    }

    public async Task<string> TokenAsync(string userId)
    {
        using var client = CreateClient();
        var response = await client.PostAsJsonAsync("/api/dev/token", new { user = userId });
        response.EnsureSuccessStatusCode();
        var body = await response.Content.ReadFromJsonAsync<TokenBody>(DocumentJson.Options);
        return body!.AccessToken;
    }

    /// <summary>A client signed in as <paramref name="userId"/>.</summary>
    public async Task<HttpClient> ClientAsAsync(string userId)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", await TokenAsync(userId));
        return client;
    }

    public void DeleteData()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        if (Directory.Exists(DataDirectory))
        {
            Directory.Delete(DataDirectory, recursive: true);
        }
    }

    private sealed record TokenBody(string AccessToken);
}
