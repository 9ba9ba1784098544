namespace LoFin.Application.Documents;

/// <summary>
/// A type that is stored as a document. The type name is the document's <c>type</c>
/// field: it is fixed at compile time so a query never reads another kind of document.
/// </summary>
public interface IDocumentBody
{
    static abstract string DocumentType { get; }
}
