using LoFin.Application.Documents;

namespace LoFin.Bench;

/// <summary>What the benchmark handler writes for each message.</summary>
public sealed record BenchResult(long Sequence, long AmountWon, string Status) : IDocumentBody
{
    public static string DocumentType => "bench-result";
}
