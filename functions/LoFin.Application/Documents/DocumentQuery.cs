namespace LoFin.Application.Documents;

public enum FilterOperator
{
    Equal,
    NotEqual,
    GreaterThan,
    GreaterThanOrEqual,
    LessThan,
    LessThanOrEqual,
    StartsWith,
}

/// <summary>
/// A filter on a top-level or nested property of the body, by its JSON name
/// (e.g. <c>status</c> or <c>approval.step</c>). Values are strings, numbers or booleans.
/// </summary>
public sealed record PropertyFilter(string Property, FilterOperator Operator, object Value);

/// <summary>
/// A query inside one partition: filters combined with AND, ordered by one property
/// (then by id), paged by an opaque continuation token. The shape is deliberately
/// small so that both SQLite and Cosmos DB SQL can answer it with an index.
/// </summary>
public sealed record DocumentQuery
{
    public IReadOnlyList<PropertyFilter> Filters { get; init; } = [];

    /// <summary>
    /// Only documents whose id starts with this text. Served by the id index (a range scan in
    /// SQLite, <c>STARTSWITH(c.id, …)</c> in Cosmos DB), so documents whose ids share a prefix
    /// (a line's operation log) can be read without scanning their partition.
    /// </summary>
    public string? IdPrefix { get; init; }

    /// <summary>JSON property to order by; null orders by id.</summary>
    public string? OrderBy { get; init; }

    public bool Descending { get; init; }

    public int PageSize { get; init; } = 100;

    public string? ContinuationToken { get; init; }

    public DocumentQuery Where(string property, FilterOperator op, object value) =>
        this with { Filters = [.. Filters, new PropertyFilter(property, op, value)] };

    public DocumentQuery WhereEqual(string property, object value) => Where(property, FilterOperator.Equal, value);
}

public sealed record DocumentPage<T>(IReadOnlyList<Document<T>> Items, string? ContinuationToken);

public sealed record ChangeFeedPage(IReadOnlyList<RawDocument> Items, string Continuation);
