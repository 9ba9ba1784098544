using LoFin.Functions.CustomHandler;

namespace LoFin.Functions.Hosting;

/// <summary>The app's command-line tools: <c>verify-audit</c>, <c>emit-functions &lt;dir&gt;</c>.</summary>
public static class CommandLine
{
    public const string VerifyAudit = "verify-audit";

    public static async Task<int> RunAsync(string[] args)
    {
        switch (args[0])
        {
            case EmitFunctionsCommand.Name:
                return await EmitFunctionsCommand.RunAsync(args[1..], Console.Out, Console.Error);
            case VerifyAudit:
                return await VerifyAuditCommandLine.RunAsync(Console.Out, Console.Error);
            default:
                await Console.Error.WriteLineAsync($"Unknown command '{args[0]}'. Commands: {VerifyAudit}, {EmitFunctionsCommand.Usage}.");
                return 2;
        }
    }
}
