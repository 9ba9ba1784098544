using System.Diagnostics;
using System.Globalization;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;

namespace LoFin.Bench;

/// <summary>
/// Journal posting in the domain alone, on one thread: execution operations applied to budget
/// line ledgers, each applied event turned into its entry by the posting rules and posted into
/// the general ledger of its 회계. Three rows show where the time goes: the whole path, the
/// posting rules plus the books (events given), and the books alone (entries given). Every
/// operation is built before the clock starts, so the figures are the domain's, not the
/// driver's. Afterwards every trial balance must be zero and the books must agree with the
/// lines (cash out = net paid, payable = unpaid).
/// </summary>
public sealed class JournalBenchmark(BenchSettings settings)
{
    private const int LineCount = 1_000;
    private static readonly DateOnly Day = new(2026, 3, 2);
    private static readonly FiscalAccount[] Accounts = [FiscalAccount.General, FiscalAccount.Parse("201"), FiscalAccount.Parse("301")];
    private static readonly string[] Items = ["201-01", "201-02", "202-01", "101-04", "307-02", "307-05", "301-01", "401-01", "401-03", "405-01", "206-01", "207-01"];

    public IReadOnlyList<ResultRow> Run()
    {
        var cycles = Math.Max(1, (int)(settings.JournalEntries / (LineCount * 2.04)));
        Console.WriteLine($"journal: {LineCount:N0} lines in {Accounts.Length} 회계, {cycles:N0} spending cycles per line (commit → post → 지출결의 → 지급, a partial post every 5th, a 지출반납 every 25th), one thread");

        // Warm-up on separate lines so the measured run starts with tiered-up code.
        Pipeline(Build(lineCount: 50, cycles: Math.Min(cycles, 200), prefix: "w"), out _, out _);

        var work = Build(LineCount, cycles, prefix: "m");
        Console.WriteLine($"  built {work.OperationCount:N0} operations");
        var full = Pipeline(work, out var events, out var books);
        Verify(work, books);
        var rules = PostEvents(events, out var entries);
        var ledgerOnly = PostEntries(entries);
        return [full, rules, ledgerOnly];
    }

    private ResultRow Pipeline(Work work, out List<ExecutionEvent> events, out Dictionary<FiscalAccount, GeneralLedger> books)
    {
        books = NewBooks();
        events = new List<ExecutionEvent>(work.OperationCount);
        var entries = 0L;
        var measure = Measure.Start();
        // Cycle-major order: every line is active at once, as on a real day, not one line at a time.
        for (var cycle = 0; cycle < work.Cycles; cycle++)
        {
            for (var line = 0; line < work.Ledgers.Length; line++)
            {
                var ledger = work.Ledgers[line];
                var journal = books[ledger.Line.Account];
                foreach (var operation in work.Operations[line][cycle])
                {
                    var result = ledger.Apply(operation);
                    if (result.Event is not { } executed)
                    {
                        throw new InvalidOperationException($"{operation} was refused: {result.Refusal?.Message}");
                    }
                    events.Add(executed);
                    if (PostingRules.EntryFor(executed, Day) is { } entry)
                    {
                        journal.Post(entry);
                        entries++;
                    }
                }
            }
        }
        return measure.Stop("journal: line ledger + posting rules + books", $"{work.OperationCount:N0} operations", entries);
    }

    private static ResultRow PostEvents(List<ExecutionEvent> events, out List<JournalEntry> entries)
    {
        var books = NewBooks();
        entries = new List<JournalEntry>(events.Count);
        var measure = Measure.Start();
        foreach (var executed in events)
        {
            if (PostingRules.EntryFor(executed, Day) is { } entry)
            {
                books[entry.Account].Post(entry);
                entries.Add(entry);
            }
        }
        var row = measure.Stop("journal: posting rules + books (events given)", $"{events.Count:N0} events", entries.Count);
        CheckBalanced(books);
        return row;
    }

    private static ResultRow PostEntries(List<JournalEntry> entries)
    {
        var books = NewBooks();
        var measure = Measure.Start();
        foreach (var entry in entries)
        {
            books[entry.Account].Post(entry);
        }
        var row = measure.Stop("journal: books only (entries given)", $"{entries.Count:N0} entries", entries.Count);
        CheckBalanced(books);
        return row;
    }

    private static Dictionary<FiscalAccount, GeneralLedger> NewBooks() => Accounts.ToDictionary(a => a, a => new GeneralLedger(a));

    private static void CheckBalanced(Dictionary<FiscalAccount, GeneralLedger> books)
    {
        foreach (var journal in books.Values)
        {
            if (!journal.TrialBalance().IsBalanced)
            {
                throw new InvalidOperationException($"회계 {journal.Account}: the trial balance is off by {journal.TrialBalance().DifferenceWon} won.");
            }
        }
    }

    private static void Verify(Work work, Dictionary<FiscalAccount, GeneralLedger> books)
    {
        CheckBalanced(books);
        foreach (var account in Accounts)
        {
            var lines = work.Ledgers.Where(l => l.Line.Account == account).Select(l => l.Balance).ToList();
            var journal = books[account];
            if (journal.BalanceWon(ChartOfAccounts.Cash) != -lines.Sum(b => b.PaidWon) || journal.BalanceWon(ChartOfAccounts.Payables) != lines.Sum(b => b.UnpaidWon))
            {
                throw new InvalidOperationException($"회계 {account}: the books do not agree with the lines.");
            }
        }
        Console.WriteLine($"  verified: every trial balance is zero; cash and payables agree with the lines' paid and unpaid totals");
    }

    /// <summary>
    /// The lines, each funded for every cycle, and every cycle's operations built in advance —
    /// in the order they will be applied, as requests arriving through a day would be, so the
    /// driver's objects do not add cache misses the domain would not have.
    /// </summary>
    private static Work Build(int lineCount, int cycles, string prefix)
    {
        var ledgers = new BudgetLineLedger[lineCount];
        var operations = new ExecutionOperation[lineCount][][];
        for (var l = 0; l < lineCount; l++)
        {
            var key = new BudgetLineKey(2026, Accounts[l % 10 < 7 ? 0 : l % 10 < 9 ? 1 : 2], DepartmentCode.Parse($"{6110000 + (l % 40 * 100)}"),
                DetailedProgramId.Parse($"D-{l:D5}"), StatisticalItem.Parse(Items[l % Items.Length]));
            var ledger = new BudgetLineLedger(key);
            var budgetWon = (long)cycles * 1_000_000;
            Expect(ledger.AdjustBudget(Id(prefix, l, "budget"), budgetWon));
            Expect(ledger.AdjustAllotment(Id(prefix, l, "allot"), budgetWon));
            ledgers[l] = ledger;
            operations[l] = new ExecutionOperation[cycles][];
        }
        var count = 0;
        for (var c = 0; c < cycles; c++)
        {
            for (var l = 0; l < lineCount; l++)
            {
                var amountWon = 10_000 + ((l * 7_919L + c * 104_729L) % 990_000);
                var postedWon = c % 5 == 4 ? amountWon - 1_000 : amountWon;
                var commitment = Id(prefix, l, $"c{c}");
                var resolution = Id(prefix, l, $"r{c}");
                var payment = Id(prefix, l, $"p{c}");
                ExecutionOperation[] cycle = c % 25 == 24
                    ? [
                        new CommitmentRequest(commitment, amountWon),
                        new CommitmentPosting(Id(prefix, l, $"k{c}"), commitment, postedWon),
                        new ExpenditureResolution(resolution, commitment, postedWon),
                        new Payment(payment, resolution, postedWon),
                        new ExpenditureRefund(Id(prefix, l, $"f{c}"), payment, postedWon / 10),
                    ]
                    : [
                        new CommitmentRequest(commitment, amountWon),
                        new CommitmentPosting(Id(prefix, l, $"k{c}"), commitment, postedWon),
                        new ExpenditureResolution(resolution, commitment, postedWon),
                        new Payment(payment, resolution, postedWon),
                    ];
                operations[l][c] = cycle;
                count += cycle.Length;
            }
        }
        return new Work(ledgers, operations, cycles, count);
    }

    private static OperationId Id(string prefix, int line, string suffix) => OperationId.Parse(string.Create(CultureInfo.InvariantCulture, $"{prefix}{line}-{suffix}"));

    private static void Expect(ExecutionResult result)
    {
        if (!result.IsApplied)
        {
            throw new InvalidOperationException(result.Refusal?.Message);
        }
    }

    private sealed record Work(BudgetLineLedger[] Ledgers, ExecutionOperation[][][] Operations, int Cycles, int OperationCount);

    /// <summary>Wall time, this process's CPU time and this thread's allocations over one measured loop.</summary>
    private readonly record struct Measure(long StartedAt, TimeSpan CpuBefore, long AllocatedBefore, TimeSpan PausedBefore, int Gen2Before)
    {
        public static Measure Start()
        {
            GC.Collect();
            GC.WaitForPendingFinalizers();
            return new Measure(Stopwatch.GetTimestamp(), CpuTime.Process(), GC.GetAllocatedBytesForCurrentThread(), GC.GetTotalPauseDuration(), GC.CollectionCount(2));
        }

        public ResultRow Stop(string scenario, string what, long entries)
        {
            var seconds = Stopwatch.GetElapsedTime(StartedAt).TotalSeconds;
            var cpuSeconds = (CpuTime.Process() - CpuBefore).TotalSeconds;
            var bytesPerEntry = (GC.GetAllocatedBytesForCurrentThread() - AllocatedBefore) / (double)Math.Max(1, entries);
            var setting = string.Create(CultureInfo.InvariantCulture, $"{what}, {bytesPerEntry:N0} B allocated/entry");
            var pausedSeconds = (GC.GetTotalPauseDuration() - PausedBefore).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {scenario}: {entries:N0} entries in {seconds:0.00} s = {entries / seconds:N0} entries/s; {setting}; GC paused {pausedSeconds:0.00} s ({GC.CollectionCount(2) - Gen2Before} gen2), heap {GC.GetTotalMemory(false) / 1048576.0:N0} MiB"));
            return new ResultRow(scenario, setting, entries, seconds, cpuSeconds, "entries", new Percentiles(0, 0, 0, 0), 200_000);
        }
    }
}
