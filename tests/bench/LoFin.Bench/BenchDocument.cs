using LoFin.Application.Documents;

namespace LoFin.Bench;

/// <summary>A document of a realistic size (about 300 bytes of JSON), like a commitment or a payment order.</summary>
public sealed record BenchDocument(string Name, string Status, long AmountWon, long Version, string Department, string Memo) : IDocumentBody
{
    public static string DocumentType => "bench-document";

    public static BenchDocument Make(int index, long version) => new(
        $"지출결의 {index:D6}",
        version % 3 == 0 ? "approved" : "pending",
        1_000_000 + (index * 1_000L),
        version,
        "재무과",
        "Benchmark document: the body is about as large as a typical commitment or payment order in LoFin.");
}
