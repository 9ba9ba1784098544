using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace LoFin.Testing;

/// <summary>
/// The real app as a child process on a free loopback port, as ./run.sh starts it: for
/// tests of what only a process shows (a clean stop on SIGINT, a kill, a restart).
/// </summary>
public sealed class AppProcess : IAsyncDisposable
{
    private readonly System.Diagnostics.Process _process;
    private readonly List<string> _output = [];

    private AppProcess(System.Diagnostics.Process process, int port)
    {
        _process = process;
        Port = port;
        BaseAddress = new Uri($"http://127.0.0.1:{port}");
    }

    public int Port { get; }

    public Uri BaseAddress { get; }

    public string Output
    {
        get
        {
            lock (_output)
            {
                return string.Join('\n', _output);
            }
        }
    }

    /// <param name="appDll">The built LoFin.Functions.dll (<c>typeof(Program).Assembly.Location</c> in a project that references it).</param>
    /// <param name="port">A port chosen beforehand (<see cref="FreePort"/>), when something started earlier must know where the app
    /// will listen (a simulator's webhook target) or a restart must come back on the same one; else a free one.</param>
    public static async Task<AppProcess> StartAsync(string appDll, string dataDirectory, IReadOnlyDictionary<string, string>? environment = null, int? port = null)
    {
        port ??= FreePort();
        var start = new ProcessStartInfo("dotnet", [appDll])
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = Path.GetDirectoryName(appDll)!,
        };
        start.Environment["LOFIN_PORT"] = port.Value.ToString(System.Globalization.CultureInfo.InvariantCulture);
        start.Environment["LOFIN_DATA"] = dataDirectory;
        start.Environment["LOFIN_LOG_FORMAT"] = "simple";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        var process = System.Diagnostics.Process.Start(start)!;
        var app = new AppProcess(process, port.Value);
        process.OutputDataReceived += (_, e) => app.Append(e.Data);
        process.ErrorDataReceived += (_, e) => app.Append(e.Data);
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        await app.WaitHealthyAsync();
        return app;
    }

    public HttpClient CreateClient() => new() { BaseAddress = BaseAddress, Timeout = TimeSpan.FromSeconds(30) };

    /// <summary>Ctrl-C: SIGINT, then wait for the process to exit by itself.</summary>
    public async Task<int> InterruptAsync(TimeSpan timeout)
    {
        if (kill(_process.Id, 2) != 0)
        {
            throw new InvalidOperationException("Could not send SIGINT.");
        }
        using var cancellation = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancellation.Token);
        return _process.ExitCode;
    }

    /// <summary>A crash: SIGKILL, no chance to clean up.</summary>
    public async Task KillAsync()
    {
        _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
    }

    public async ValueTask DisposeAsync()
    {
        if (!_process.HasExited)
        {
            await KillAsync();
        }
        _process.Dispose();
    }

    private void Append(string? line)
    {
        if (line is null)
        {
            return;
        }
        lock (_output)
        {
            _output.Add(line);
        }
    }

    private async Task WaitHealthyAsync()
    {
        using var client = CreateClient();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited)
            {
                throw new InvalidOperationException($"The app exited with {_process.ExitCode}:\n{Output}");
            }
            try
            {
                if ((await client.GetAsync("/api/health")).StatusCode == HttpStatusCode.OK)
                {
                    return;
                }
            }
            catch (HttpRequestException)
            {
                // Not listening yet.
            }
            await Task.Delay(100);
        }
        throw new TimeoutException($"The app did not become healthy:\n{Output}");
    }

    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
