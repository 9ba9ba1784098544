namespace LoFin.Functions.Hosting;

/// <summary>The app's command-line tools: <c>verify-audit</c>, <c>emit-functions &lt;dir&gt;</c>.</summary>
public static class CommandLine
{
    public static async Task<int> RunAsync(string[] args)
    {
        await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: verify-audit, emit-functions <dir>.");
        return 2;
    }
}
