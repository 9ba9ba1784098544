using LoFin.Functions.Hosting;

// Command-line tools share the app's wiring; the web host is the default.
if (args.Length > 0 && !args[0].StartsWith('-'))
{
    return await CommandLine.RunAsync(args);
}

var app = LoFinApp.Build(args);
await StartupTasks.RunAsync(app.Services, app.Lifetime.ApplicationStopping);
await app.RunAsync();
return 0;

/// <summary>Exposed for WebApplicationFactory in the integration tests.</summary>
public partial class Program;
