using LoFin.Functions.Hosting;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// <c>emit-functions &lt;dir&gt;</c>: writes the Azure Functions metadata of the deployment, one folder per
/// function with its function.json, and host.json beside them. The functions are read from the app
/// itself, built in Azure mode (what the deployment serves) on a throwaway data directory; the app
/// is neither started nor seeded.
/// </summary>
public static class EmitFunctionsCommand
{
    public const string Name = "emit-functions";
    public const string Usage = "emit-functions <dir>";
    public const string FunctionJsonFileName = "function.json";
    public const string HostJsonFileName = "host.json";

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error)
    {
        if (args.Length != 1 || string.IsNullOrWhiteSpace(args[0]) || args[0].StartsWith('-'))
        {
            await error.WriteLineAsync($"Usage: {Usage}");
            return 2;
        }
        // host.json ships next to the app (linked from the repository root in the project file).
        var hostJson = Path.Combine(AppContext.BaseDirectory, HostJsonFileName);
        if (!File.Exists(hostJson))
        {
            await error.WriteLineAsync($"{hostJson} is missing: the app was built without host.json.");
            return 1;
        }
        var dataDirectory = Path.Combine(Path.GetTempPath(), "lofin-emit-" + Guid.NewGuid().ToString("N"));
        try
        {
            FunctionManifest manifest;
            await using (var app = LoFinApp.Build([], SettingsFor(dataDirectory)))
            {
                manifest = FunctionManifest.FromApp(app);
            }
            var removed = Write(manifest, args[0], hostJson);
            foreach (var name in removed)
            {
                await output.WriteLineAsync($"Removed {name}: the app no longer has this function.");
            }
            await output.WriteLineAsync($"Wrote {manifest.Functions.Count} functions and {HostJsonFileName} to {Path.GetFullPath(args[0])}:");
            foreach (var function in manifest.Functions)
            {
                await output.WriteLineAsync($"  {function.Kind,-5} {function.Name} {Describe(function.Trigger)}");
            }
            return 0;
        }
        catch (InvalidOperationException invalid)
        {
            await error.WriteLineAsync(invalid.Message);
            return 1;
        }
        finally
        {
            DeleteDataDirectory(dataDirectory);
        }
    }

    /// <summary>
    /// Writes the function folders and host.json into <paramref name="directory"/>, and removes
    /// folders of functions the app no longer has (a leftover function.json would still be loaded
    /// by the host). Other files are left alone. Returns the names of the removed folders.
    /// </summary>
    public static IReadOnlyList<string> Write(FunctionManifest manifest, string directory, string hostJsonPath)
    {
        Directory.CreateDirectory(directory);
        // Ordinal, so a folder whose name differs only in case is replaced on case-sensitive file systems too.
        var names = manifest.Functions.Select(f => f.Name).ToHashSet(StringComparer.Ordinal);
        var stale = Directory.EnumerateDirectories(directory)
            .Where(d => File.Exists(Path.Combine(d, FunctionJsonFileName)) && !names.Contains(Path.GetFileName(d)))
            .ToList();
        foreach (var folder in stale)
        {
            Directory.Delete(folder, recursive: true);
        }
        foreach (var function in manifest.Functions)
        {
            var folder = Path.Combine(directory, function.Name);
            Directory.CreateDirectory(folder);
            File.WriteAllText(Path.Combine(folder, FunctionJsonFileName), function.ToFunctionJson());
        }
        File.Copy(hostJsonPath, Path.Combine(directory, HostJsonFileName), overwrite: true);
        return [.. stale.Select(Path.GetFileName).OfType<string>()];
    }

    private static Dictionary<string, string?> SettingsFor(string dataDirectory) => new()
    {
        ["LOFIN_MODE"] = nameof(HostingMode.Azure),
        ["LOFIN_DATA"] = dataDirectory,
        // Emitting validates no token: placeholders satisfy Azure mode's settings check, and nothing is fetched from them.
        ["LoFin:Oidc:Authority"] = "https://login.invalid/lofin-emit-functions/v2.0",
        ["LoFin:Oidc:Audience"] = "api://lofin-emit-functions",
        // The command's own lines are the output; the app's start-up notes would only clutter it.
        ["Logging:LogLevel:Default"] = "Error",
        ["Logging:LogLevel:Microsoft.AspNetCore"] = "Error",
        ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Error",
    };

    private static string Describe(FunctionBinding trigger) => trigger switch
    {
        { Route: { } route } => $"{string.Join(',', trigger.Methods ?? ["*"]).ToUpperInvariant()} /{route}",
        { QueueName: { } queue } => $"queue {queue}",
        { Schedule: { } schedule } => $"schedule '{schedule}'",
        _ => trigger.Type,
    };

    private static void DeleteDataDirectory(string dataDirectory)
    {
        if (Directory.Exists(dataDirectory))
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(dataDirectory, recursive: true);
        }
    }
}
