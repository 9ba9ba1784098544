using LoFin.Application.Documents;

namespace LoFin.Storage.Embedded.Tests.Contract;

/// <summary>A test document with every kind of property a query filters or orders on.</summary>
public sealed record Widget(
    string Name,
    string Status,
    long AmountWon,
    bool Active,
    WidgetOwner? Owner = null,
    int? Rank = null) : IDocumentBody
{
    public static string DocumentType => "test-widget";
}
