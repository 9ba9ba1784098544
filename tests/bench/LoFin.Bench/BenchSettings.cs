using System.Globalization;

namespace LoFin.Bench;

/// <summary>Command-line settings. <c>--quick</c> is a smoke run of a few seconds for CI.</summary>
public sealed record BenchSettings
{
    public required string Scenario { get; init; }

    public bool Quick { get; init; }

    /// <summary>Measured seconds per store scenario (after a short warm-up).</summary>
    public double StoreSeconds { get; init; } = 10;

    public int ReaderThreads { get; init; } = 4;

    /// <summary>Store scenarios to run (writes, batches, reads); all when empty. For profiling one of them.</summary>
    public IReadOnlyList<string> Only { get; init; } = [];

    /// <summary>Synchronous settings the store scenarios run with: both by default.</summary>
    public IReadOnlyList<bool> StoreSynchronousFull { get; init; } = [true, false];

    public int Messages { get; init; } = 1_000_000;

    /// <summary>Concurrent callers in the bank scenario (measured for --seconds, default 10).</summary>
    public int BankWorkers { get; init; } = 32;

    /// <summary>Most messages sent and not yet handled: the producer waits above it, so the backlog stays bounded.</summary>
    public int MaxBacklog { get; init; } = 20_000;

    /// <summary>Synchronous settings the messaging run is repeated with (FULL is the product default).</summary>
    public IReadOnlyList<bool> MessagingSynchronousFull { get; init; } = [true];

    /// <summary>About how many journal entries the journal scenario posts (2,000,000; 200,000 with --quick).</summary>
    public long JournalEntries { get; init; } = 2_000_000;

    /// <summary>Payments the national-day scenario makes (660,000, a day's e-transfers; 2,000 with --quick).</summary>
    public int Payments { get; init; } = 660_000;

    public const string Usage = """
        usage: LoFin.Bench <store|messaging|journal|bank|payments|all> [--quick] [--seconds N] [--readers N] [--messages N] [--entries N] [--callers N] [--sync full|normal|both] [--only writes,batches,reads]
          store      etag-conditional point writes (64 writers), 10-document batches, point reads; FULL and NORMAL sync
          messaging  outbox -> MessagePump -> handler (one document write + inbox mark in one batch)
          journal    budget line ledgers -> posting rules -> general ledgers, in the domain alone (no I/O)
          bank       예금주 조회 against the treasury bank simulator: via the app's adapter, and via the app's HTTP endpoint
          payments   a national day: approved 지출결의 -> 지급명령 -> bank simulator -> webhooks -> posted (app + bank in process)
          --payments payments the payments scenario makes (default 660,000)
          --callers  concurrent callers in the bank scenario (default 32)
          --entries  journal entries the journal scenario posts (default 2,000,000)
          --quick    a smoke run of a few seconds (CI)
          --sync     store default: both; messaging default: full
          --only     store scenarios to run, e.g. for a profiler
        """;

    public static BenchSettings? Parse(string[] args)
    {
        if (args.Length == 0 || args[0] is not ("store" or "messaging" or "journal" or "bank" or "payments" or "all"))
        {
            return null;
        }
        var settings = new BenchSettings { Scenario = args[0] };
        for (var i = 1; i < args.Length; i++)
        {
            string Next() => i + 1 < args.Length ? args[++i] : throw new ArgumentException($"{args[i]} needs a value.");
            settings = args[i] switch
            {
                "--quick" => settings with { Quick = true, StoreSeconds = 0.5, Messages = 20_000, JournalEntries = 200_000, Payments = 2_000 },
                "--seconds" => settings with { StoreSeconds = double.Parse(Next(), CultureInfo.InvariantCulture) },
                "--readers" => settings with { ReaderThreads = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--only" => settings with { Only = Next().Split(',') },
                "--messages" => settings with { Messages = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--payments" => settings with { Payments = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--callers" => settings with { BankWorkers = int.Parse(Next(), CultureInfo.InvariantCulture) },
                "--entries" => settings with { JournalEntries = long.Parse(Next(), CultureInfo.InvariantCulture) },
                "--sync" => Next() switch
                {
                    "full" => settings with { MessagingSynchronousFull = [true], StoreSynchronousFull = [true] },
                    "normal" => settings with { MessagingSynchronousFull = [false], StoreSynchronousFull = [false] },
                    "both" => settings with { MessagingSynchronousFull = [true, false], StoreSynchronousFull = [true, false] },
                    var other => throw new ArgumentException($"--sync is full, normal or both, not '{other}'."),
                },
                var unknown => throw new ArgumentException($"Unknown option '{unknown}'."),
            };
        }
        return settings;
    }
}
