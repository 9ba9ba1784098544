using LoFin.Functions.CustomHandler;
using LoFin.Functions.Http;
using LoFin.Functions.Middleware;
using Microsoft.Extensions.FileProviders;

namespace LoFin.Functions.Hosting;

/// <summary>
/// The whole app, built but not started: services, middleware and every function's endpoint.
/// The web host runs it; the command-line tools read what it would serve, so both always agree.
/// </summary>
public static class LoFinApp
{
    /// <param name="args">Command-line configuration, as for any ASP.NET Core app.</param>
    /// <param name="settings">Settings that win over every other source (used by the command-line tools).</param>
    public static WebApplication Build(string[] args, IReadOnlyDictionary<string, string?>? settings = null)
    {
        var builder = WebApplication.CreateBuilder(args);
        if (settings is not null)
        {
            builder.Configuration.AddInMemoryCollection(settings);
        }
        var options = ServiceRegistration.ReadOptions(builder.Configuration);

        // Azure's custom handler tells us its port; locally LOFIN_PORT (default 7071). Loopback only, unless told otherwise.
        var port = builder.Configuration[InvokeFunctionEndpoint.PortSetting] ?? builder.Configuration["LOFIN_PORT"] ?? "7071";
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
        builder.Services.AddCustomHandler();

        var app = builder.Build();
        UseMiddleware(app, options);
        MapEndpoints(app, options);
        return app;
    }

    private static void UseMiddleware(WebApplication app, LoFinOptions options)
    {
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
        else if (options.IsLocal)
        {
            // In Azure the portals are served by Static Web Apps, not by this process.
            app.Logger.LogWarning("The portals are not built (static-web/dist missing): run ./run.sh or npm run build in static-web.");
        }

        app.UseRouting();
        app.UseMiddleware<AuditMiddleware>();
        app.UseRateLimiter();
        app.UseAuthentication();
        app.UseAuthorization();
        app.UseMiddleware<TenantAccessMiddleware>();
        app.UseMiddleware<IdempotencyMiddleware>();
    }

    private static void MapEndpoints(WebApplication app, LoFinOptions options)
    {
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        // Every function needs a signed-in user unless it says AllowAnonymous. Applied to the group rather than
        // as a fallback policy, so routing's own 405/415 answers still reach anonymous callers as such.
        var functions = app.MapGroup("").RequireAuthorization();
        HttpFunctions.MapAll(functions);
        if (options.IsLocal)
        {
            HttpFunctions.MapLocalOnly(functions);
        }
        // Behind the Functions host, queue and timer invocations arrive as POST /{functionName}.
        if (InvokeFunctionEndpoint.IsCustomHandler(app.Configuration))
        {
            InvokeFunctionEndpoint.Map(app);
        }
    }
}
