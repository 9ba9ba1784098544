using LoFin.Simulators.Hosting;

namespace LoFin.Simulators;

/// <summary>
/// The simulators' entry point. A named class rather than top-level statements, so it does not
/// clash with the function app's global <c>Program</c> in a project that references both (the
/// benchmarks run the app and the bank together).
/// </summary>
public sealed class Program
{
    private Program()
    {
    }

    public static async Task Main(string[] args)
    {
        var app = SimulatorApp.Build(args);
        await app.RunAsync();
    }
}
