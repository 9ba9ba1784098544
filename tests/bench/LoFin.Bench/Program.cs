using System.Runtime;
using LoFin.Bench;

BenchSettings? settings;
try
{
    settings = BenchSettings.Parse(args);
}
catch (Exception ex) when (ex is ArgumentException or FormatException)
{
    Console.Error.WriteLine(ex.Message);
    settings = null;
}
if (settings is null)
{
    Console.Error.WriteLine(BenchSettings.Usage);
    return 2;
}

Console.WriteLine($"LoFin.Bench {settings.Scenario}{(settings.Quick ? " (quick)" : "")}: {Environment.ProcessorCount} cores, .NET {Environment.Version}, " +
    $"{(GCSettings.IsServerGC ? "server" : "workstation")} GC, {DateTimeOffset.UtcNow:u}");
var rows = new List<ResultRow>();
if (settings.Scenario is "store" or "all")
{
    rows.AddRange(await new StoreBenchmark(settings).RunAsync());
}
if (settings.Scenario is "messaging" or "all")
{
    rows.AddRange(await new MessagingBenchmark(settings).RunAsync());
}
if (settings.Scenario is "journal" or "all")
{
    rows.AddRange(new JournalBenchmark(settings).Run());
}
if (settings.Scenario is "payments" or "all")
{
    rows.AddRange(await new NationalDayBenchmark(settings).RunAsync());
}
if (settings.Scenario is "bank" or "all")
{
    rows.AddRange(await new BankBenchmark(settings).RunAsync());
}
ResultTable.Print(rows);
return 0;
