using System.Diagnostics;
using LoFin.Functions.CustomHandler;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>The real command line: <c>dotnet LoFin.Functions.dll emit-functions &lt;dir&gt;</c> in a child process.</summary>
public sealed class EmitFunctionsCommandTests
{
    private static readonly TimeSpan ProcessTimeout = TimeSpan.FromSeconds(60);

    private sealed record ProcessResult(int ExitCode, string Output, string Error);

    private static async Task<ProcessResult> RunAppAsync(params string[] args)
    {
        var start = new ProcessStartInfo(Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") ?? "dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(typeof(Program).Assembly.Location);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(ProcessTimeout);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"LoFin.Functions {string.Join(' ', args)} did not exit within {ProcessTimeout}.");
        }
        return new ProcessResult(process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task EmitFunctions_WhenRunFromTheCommandLine_WritesTheAzureDeploymentsFunctions()
    {
        using var output = new TempDirectory();

        var result = await RunAppAsync(EmitFunctionsCommand.Name, output.Path);

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        Assert.Contains("Wrote", result.Output, StringComparison.Ordinal);
        var folders = Directory.EnumerateDirectories(output.Path).Select(Path.GetFileName).OfType<string>().ToList();
        Assert.Contains("GetHealth", folders);
        Assert.Contains("ListDeadLetters", folders);
        // Azure mode has no demo sign-in, so the deployment has no such functions.
        Assert.DoesNotContain("IssueDevToken", folders);
        Assert.DoesNotContain("ListDevUsers", folders);
        foreach (var folder in folders)
        {
            var errors = SchemaValidation.FunctionJsonErrors(File.ReadAllText(Path.Combine(output.Path, folder, EmitFunctionsCommand.FunctionJsonFileName)));
            Assert.True(errors.Count == 0, $"{folder}: {string.Join("; ", errors)}");
        }
        Assert.Equal(File.ReadAllText(Path.Combine(RepositoryRoot.Path, EmitFunctionsCommand.HostJsonFileName)),
            File.ReadAllText(Path.Combine(output.Path, EmitFunctionsCommand.HostJsonFileName)));
    }

    [Fact]
    public async Task CommandLine_WhenCommandIsUnknown_ExitsNonZeroWithAMessage()
    {
        var unknown = await RunAppAsync("no-such-command");
        Assert.Equal(2, unknown.ExitCode);
        Assert.Contains("emit-functions", unknown.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task EmitFunctions_WhenDirectoryIsNotGiven_ExitsWithUsage()
    {
        using var output = new StringWriter();
        using var error = new StringWriter();

        var exitCode = await EmitFunctionsCommand.RunAsync([], output, error);

        Assert.Equal(2, exitCode);
        Assert.Contains(EmitFunctionsCommand.Usage, error.ToString(), StringComparison.Ordinal);
    }
}
