using System.Net.Http.Json;
using System.Text.Json;
using LoFin.Testing;
using Microsoft.Playwright;

namespace LoFin.E2E.Tests;

/// <summary>
/// The real app as ./run.sh starts it (a separate process serving the built portals) and
/// Debian's Chromium driven by Playwright. Started once for all browser tests.
/// </summary>
public sealed class PortalFixture : IAsyncLifetime
{
    private readonly string _data = Path.Combine(Path.GetTempPath(), "lofin-e2e-" + Guid.NewGuid().ToString("N"));
    private IPlaywright? _playwright;

    public AppProcess App { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (!File.Exists(Path.Combine(RepositoryPaths.WebDist, "index.html")))
        {
            throw new InvalidOperationException("static-web/dist is not built: run scripts/build-web.sh (test.sh does).");
        }
        App = await AppProcess.StartAsync(typeof(Program).Assembly.Location, _data,
            new Dictionary<string, string>
            {
                ["LOFIN_WEB_ROOT"] = RepositoryPaths.WebDist,
                // Every browser test signs in from the same loopback address; the limits are tested elsewhere.
                ["LoFin__SignInRequestsPerMinute"] = "10000",
                ["LoFin__PublicRequestsPerMinute"] = "10000",
            });
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = "/usr/bin/chromium",
            Headless = true,
            // The machine has no network but loopback: keep Chromium from reaching out.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                "--disable-component-update", "--disable-sync"],
        });
    }

    public async Task<IPage> NewPageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { BaseURL = App.BaseAddress.ToString(), Locale = "ko-KR" });
        return await context.NewPageAsync();
    }

    /// <summary>A page already signed in as <paramref name="userId"/> (token in sessionStorage, as the sign-in page leaves it).</summary>
    public async Task<IPage> SignedInPageAsync(string userId)
    {
        using var client = App.CreateClient();
        var response = await client.PostAsJsonAsync("/api/dev/token", new { user = userId });
        response.EnsureSuccessStatusCode();
        var token = (await response.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("accessToken").GetString();
        var page = await NewPageAsync();
        // Init scripts run on every navigation: seed the token once, so a sign-out stays signed out.
        await page.Context.AddInitScriptAsync(
            "if (!window.sessionStorage.getItem('lofin.e2e.seeded')) {" +
            " window.sessionStorage.setItem('lofin.e2e.seeded', '1');" +
            $" window.sessionStorage.setItem('lofin.token', {JsonSerializer.Serialize(token)}); }}");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (App is not null)
        {
            await App.DisposeAsync();
        }
        if (Directory.Exists(_data))
        {
            Directory.Delete(_data, recursive: true);
        }
    }
}

[CollectionDefinition(Name)]
public sealed class PortalCollection : ICollectionFixture<PortalFixture>
{
    public const string Name = "portal";
}
