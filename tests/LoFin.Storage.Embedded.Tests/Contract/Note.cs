using LoFin.Application.Documents;

namespace LoFin.Storage.Embedded.Tests.Contract;

/// <summary>A second document type, to prove a read or query never returns another kind of document.</summary>
public sealed record Note(string Text) : IDocumentBody
{
    public static string DocumentType => "test-note";
}
