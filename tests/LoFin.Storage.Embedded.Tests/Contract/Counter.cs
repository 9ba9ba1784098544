using LoFin.Application.Documents;

namespace LoFin.Storage.Embedded.Tests.Contract;

public sealed record Counter(long Value) : IDocumentBody
{
    public static string DocumentType => "test-counter";
}
