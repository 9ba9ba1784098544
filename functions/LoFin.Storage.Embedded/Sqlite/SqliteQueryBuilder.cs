using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>
/// Turns a <see cref="DocumentQuery"/> into SQL over <c>json_extract</c>. Property names
/// are checked against a strict pattern before they are put in the SQL text (paths are
/// not parameters so that expression indexes can serve them); values are always parameters.
/// Paging is by keyset (order value, id), so a page never skips or repeats under inserts.
/// </summary>
internal static partial class SqliteQueryBuilder
{
    public sealed record Sql(string Text, IReadOnlyList<(string Name, object Value)> Parameters);

    [GeneratedRegex("^[A-Za-z_][A-Za-z0-9_]*(\\.[A-Za-z_][A-Za-z0-9_]*)*$")]
    private static partial Regex PropertyPattern();

    public static Sql Build(TenantId tenant, string type, DocumentQuery query)
    {
        DocumentLimits.ValidatePageSize(query.PageSize);
        var parameters = new List<(string, object)> { ("$t", tenant.Value), ("$type", type) };
        var sql = new StringBuilder();
        var orderKey = query.OrderBy is null ? "NULL" : Path(query.OrderBy);
        sql.Append(CultureInvariant($"SELECT id, etag, updated_ms, body, {orderKey} FROM documents WHERE tenant_id = $t AND type = $type"));

        if (query.IdPrefix is { Length: > 0 } prefix)
        {
            // A half-open range on the (tenant, type, id) index: every id with the prefix sorts
            // at or after it and before the prefix with its last character incremented.
            parameters.Add(("$idfrom", prefix));
            parameters.Add(("$idto", string.Concat(prefix.AsSpan(0, prefix.Length - 1), ((char)(prefix[^1] + 1)).ToString())));
            sql.Append(" AND id >= $idfrom AND id < $idto");
        }

        for (var i = 0; i < query.Filters.Count; i++)
        {
            var filter = query.Filters[i];
            var name = $"$f{i}";
            var value = ToSqlValue(filter.Value);
            var path = Path(filter.Property);
            if (filter.Operator == FilterOperator.StartsWith)
            {
                // substr comparison, not LIKE: LIKE treats % and _ in user input as wildcards.
                parameters.Add((name, value));
                sql.Append(CultureInvariant($" AND substr({path}, 1, length({name})) = {name}"));
                continue;
            }
            parameters.Add((name, value));
            sql.Append(CultureInvariant($" AND {path} {Operator(filter.Operator)} {name}"));
        }

        var descending = query.Descending;
        if (query.ContinuationToken is not null)
        {
            var (key, id) = ParseContinuation(query.ContinuationToken);
            parameters.Add(("$cid", id));
            var after = descending ? "<" : ">";
            if (query.OrderBy is null)
            {
                sql.Append(CultureInvariant($" AND id {after} $cid"));
            }
            else if (key is null)
            {
                // NULL sorts first ascending, last descending.
                sql.Append(descending
                    ? CultureInvariant($" AND ({orderKey} IS NULL AND id < $cid)")
                    : CultureInvariant($" AND (({orderKey} IS NULL AND id > $cid) OR {orderKey} IS NOT NULL)"));
            }
            else
            {
                parameters.Add(("$ckey", key));
                sql.Append(descending
                    ? CultureInvariant($" AND ({orderKey} < $ckey OR ({orderKey} = $ckey AND id < $cid) OR {orderKey} IS NULL)")
                    : CultureInvariant($" AND ({orderKey} > $ckey OR ({orderKey} = $ckey AND id > $cid))"));
            }
        }

        var direction = descending ? "DESC" : "ASC";
        sql.Append(query.OrderBy is null
            ? CultureInvariant($" ORDER BY id {direction}")
            : CultureInvariant($" ORDER BY {orderKey} {direction}, id {direction}"));
        parameters.Add(("$n", query.PageSize + 1));
        sql.Append(" LIMIT $n");
        return new Sql(sql.ToString(), parameters);
    }

    public static string Continuation(object? lastKey, string lastId)
    {
        var json = JsonSerializer.Serialize(new ContinuationState(lastKey is null ? null : JsonSerializer.SerializeToElement(lastKey), lastId));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(json)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    private static (object? Key, string Id) ParseContinuation(string token)
    {
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            var state = JsonSerializer.Deserialize<ContinuationState>(Convert.FromBase64String(base64))
                ?? throw new FormatException();
            return (state.Key is { } key ? ToSqlValue(key) : null, state.Id ?? throw new FormatException());
        }
        catch (Exception ex) when (ex is FormatException or JsonException or InvalidOperationException)
        {
            throw new ArgumentException("The continuation token is not one this store issued.", nameof(token), ex);
        }
    }

    private sealed record ContinuationState(JsonElement? Key, string? Id);

    private static string Path(string property)
    {
        if (!PropertyPattern().IsMatch(property))
        {
            throw new ArgumentException($"'{property}' is not a property path.", nameof(property));
        }
        return $"json_extract(body, '$.{property}')";
    }

    private static string Operator(FilterOperator op) => op switch
    {
        FilterOperator.Equal => "=",
        FilterOperator.NotEqual => "<>",
        FilterOperator.GreaterThan => ">",
        FilterOperator.GreaterThanOrEqual => ">=",
        FilterOperator.LessThan => "<",
        FilterOperator.LessThanOrEqual => "<=",
        _ => throw new ArgumentOutOfRangeException(nameof(op)),
    };

    /// <summary>Binds a value the way json_extract returns the stored JSON: strings, integers, reals, 1/0.</summary>
    private static object ToSqlValue(object value)
    {
        var element = value is JsonElement e ? e : JsonSerializer.SerializeToElement(value, DocumentJson.Options);
        return element.ValueKind switch
        {
            JsonValueKind.String => element.GetString()!,
            JsonValueKind.Number when element.TryGetInt64(out var integer) => integer,
            JsonValueKind.Number => element.GetDouble(),
            JsonValueKind.True => 1L,
            JsonValueKind.False => 0L,
            _ => throw new ArgumentException($"A filter value must be a string, number or boolean, not {element.ValueKind}."),
        };
    }

    private static string CultureInvariant(FormattableString text) => FormattableString.Invariant(text);
}
