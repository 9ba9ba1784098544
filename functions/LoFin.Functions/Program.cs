using LoFin.Functions.Hosting;
using LoFin.Functions.Http;
using LoFin.Functions.Middleware;
using Microsoft.Extensions.FileProviders;

// Command-line tools share the app's wiring; the web host is the default.
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return await CommandLine.RunAsync(args);
}

var builder = WebApplication.CreateBuilder(args);
var options = ServiceRegistration.ReadOptions(builder.Configuration);

// Azure's custom handler tells us its port; locally LOFIN_PORT (default 7071). Loopback only, unless told otherwise.
var port = builder.Configuration["FUNCTIONS_CUSTOMHANDLER_PORT"] ?? builder.Configuration["LOFIN_PORT"] ?? "7071";
var host = builder.Configuration["LOFIN_HOST"] ?? "127.0.0.1";
builder.WebHost.UseUrls($"http://{host}:{port}");
builder.Logging.ClearProviders();
if (builder.Configuration["LOFIN_LOG_FORMAT"] == "simple")
{
    builder.Logging.AddSimpleConsole(o => o.IncludeScopes = true);
}
else
{
    builder.Logging.AddJsonConsole(o => o.IncludeScopes = true);
}

builder.Services.AddLoFin(options);

var app = builder.Build();
await StartupTasks.RunAsync(app.Services, app.Lifetime.ApplicationStopping);

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseMiddleware<CorrelationMiddleware>();
app.UseMiddleware<RequestBodyLimitMiddleware>();

var webRoot = WebRootLocator.Find(options.WebRoot);
if (webRoot is not null)
{
    var files = new PhysicalFileProvider(webRoot);
    app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
    app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
}
else
{
    app.Logger.LogWarning("The portals are not built (static-web/dist missing): run ./run.sh or npm run build in static-web.");
}

app.UseRouting();
app.UseMiddleware<AuditMiddleware>();
app.UseRateLimiter();
app.UseAuthentication();
app.UseAuthorization();
app.UseMiddleware<TenantAccessMiddleware>();

app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
// Every function needs a signed-in user unless it says AllowAnonymous. Applied to the group rather than
// as a fallback policy, so routing's own 405/415 answers still reach anonymous callers as such.
var functions = app.MapGroup("").RequireAuthorization();
HttpFunctions.MapAll(functions);
if (options.IsLocal)
{
    HttpFunctions.MapLocalOnly(functions);
}

await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
