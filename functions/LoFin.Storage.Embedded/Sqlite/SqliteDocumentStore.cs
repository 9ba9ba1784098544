using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;
using Microsoft.Data.Sqlite;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>The document store on one SQLite file: the embedded default.</summary>
public sealed class SqliteDocumentStore(SqliteDatabase database) : IDocumentStore
{
    private const string ReadSql = "SELECT type, etag, updated_ms, body FROM documents WHERE tenant_id = $t AND id = $id";

    public Task<Document<T>?> ReadAsync<T>(TenantId tenant, string id, CancellationToken cancellationToken = default)
        where T : IDocumentBody
    {
        RequireTenant(tenant);
        DocumentLimits.ValidateId(id);
        var document = database.Read(reader =>
        {
            var command = reader.Command(ReadSql);
            command.Parameters.AddWithValue("$t", tenant.Value);
            command.Parameters.AddWithValue("$id", id);
            using var row = command.ExecuteReader();
            if (!row.Read())
            {
                return null;
            }
            var type = row.GetString(0);
            if (type != T.DocumentType)
            {
                throw new InvalidOperationException($"Document '{id}' is a '{type}', not a '{T.DocumentType}'.");
            }
            return new Document<T>(id, tenant, type, row.GetString(1), DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(2)),
                DocumentJson.Deserialize<T>(row.GetString(3)));
        });
        return Task.FromResult(document);
    }

    public async Task<Document<T>> CreateAsync<T>(TenantId tenant, string id, T body, CancellationToken cancellationToken = default)
        where T : IDocumentBody
    {
        var (json, _) = Prepare(tenant, id, body);
        var (etag, ms) = await database.WriteOneChangeAsync(s => (DocumentWrites.Create(s, tenant, id, T.DocumentType, json), s.NowMs), cancellationToken);
        return Written(tenant, id, etag, ms, body);
    }

    public async Task<Document<T>> ReplaceAsync<T>(TenantId tenant, string id, T body, string ifMatchETag, CancellationToken cancellationToken = default)
        where T : IDocumentBody
    {
        ArgumentException.ThrowIfNullOrEmpty(ifMatchETag);
        var (json, _) = Prepare(tenant, id, body);
        var (etag, ms) = await database.WriteOneChangeAsync(s => (DocumentWrites.Replace(s, tenant, id, T.DocumentType, json, ifMatchETag), s.NowMs), cancellationToken);
        return Written(tenant, id, etag, ms, body);
    }

    public async Task<Document<T>> UpsertAsync<T>(TenantId tenant, string id, T body, CancellationToken cancellationToken = default)
        where T : IDocumentBody
    {
        var (json, _) = Prepare(tenant, id, body);
        var (etag, ms) = await database.WriteOneChangeAsync(s => (DocumentWrites.Upsert(s, tenant, id, T.DocumentType, json), s.NowMs), cancellationToken);
        return Written(tenant, id, etag, ms, body);
    }

    public Task DeleteAsync(TenantId tenant, string id, string? ifMatchETag = null, CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        DocumentLimits.ValidateId(id);
        return database.WriteOneChangeAsync(s => DocumentWrites.Delete(s, tenant, id, ifMatchETag), cancellationToken);
    }

    public Task<TransactionalBatchResult> ExecuteBatchAsync(TransactionalBatch batch, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (batch.Operations.Count == 0)
        {
            return Task.FromResult(new TransactionalBatchResult([]));
        }
        var operations = batch.Operations.ToArray();
        return database.WriteAsync(session =>
        {
            var etags = new string?[operations.Length];
            for (var i = 0; i < operations.Length; i++)
            {
                try
                {
                    etags[i] = DocumentWrites.Apply(session, batch.TenantId, operations[i]);
                }
                catch (DocumentStoreException ex)
                {
                    // The savepoint around this write undoes the operations before it.
                    throw new TransactionalBatchFailedException(i, ex);
                }
            }
            return new TransactionalBatchResult(etags);
        }, cancellationToken);
    }

    public Task<DocumentPage<T>> QueryAsync<T>(TenantId tenant, DocumentQuery query, CancellationToken cancellationToken = default)
        where T : IDocumentBody
    {
        RequireTenant(tenant);
        var sql = SqliteQueryBuilder.Build(tenant, T.DocumentType, query);
        var page = database.Read(reader =>
        {
            using var command = reader.AdHoc(sql.Text);
            foreach (var (name, value) in sql.Parameters)
            {
                command.Parameters.AddWithValue(name, value);
            }
            var items = new List<Document<T>>(Math.Min(query.PageSize, 256));
            object? lastKey = null;
            var more = false;
            using var row = command.ExecuteReader();
            while (row.Read())
            {
                if (items.Count == query.PageSize)
                {
                    more = true;
                    break;
                }
                var document = new Document<T>(row.GetString(0), tenant, T.DocumentType, row.GetString(1),
                    DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(2)), DocumentJson.Deserialize<T>(row.GetString(3)));
                lastKey = row.IsDBNull(4) ? null : row.GetValue(4);
                items.Add(document);
            }
            var continuation = more ? SqliteQueryBuilder.Continuation(lastKey, items[^1].Id) : null;
            return new DocumentPage<T>(items, continuation);
        });
        return Task.FromResult(page);
    }

    public Task<ChangeFeedPage> ReadChangeFeedAsync(TenantId? tenant, string? continuation, int maxItems, CancellationToken cancellationToken = default)
    {
        DocumentLimits.ValidatePageSize(maxItems);
        if (tenant is { IsEmpty: true })
        {
            throw new ArgumentException("A partition's change feed needs its tenant.", nameof(tenant));
        }
        var after = ParseFeedContinuation(continuation);
        var page = database.Read(reader =>
        {
            var command = reader.Command(tenant is null
                ? "SELECT tenant_id, id, type, etag, updated_ms, seq, body FROM documents WHERE seq > $after ORDER BY seq LIMIT $n"
                : "SELECT tenant_id, id, type, etag, updated_ms, seq, body FROM documents WHERE tenant_id = $t AND seq > $after ORDER BY seq LIMIT $n");
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$n", maxItems);
            if (tenant is { } partition)
            {
                command.Parameters.AddWithValue("$t", partition.Value);
            }
            var items = new List<RawDocument>();
            using var row = command.ExecuteReader();
            while (row.Read())
            {
                items.Add(new RawDocument(row.GetString(1), TenantId.Parse(row.GetString(0)), row.GetString(2), row.GetString(3),
                    DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(4)), row.GetInt64(5), row.GetString(6)));
            }
            var next = items.Count > 0 ? items[^1].Sequence : after;
            return new ChangeFeedPage(items, next.ToString(System.Globalization.CultureInfo.InvariantCulture));
        });
        return Task.FromResult(page);
    }

    private static long ParseFeedContinuation(string? continuation)
    {
        if (continuation is null)
        {
            return 0;
        }
        return long.TryParse(continuation, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new ArgumentException("Not a change-feed continuation token.", nameof(continuation));
    }

    private static (string Json, string Id) Prepare<T>(TenantId tenant, string id, T body)
    {
        RequireTenant(tenant);
        DocumentLimits.ValidateId(id);
        ArgumentNullException.ThrowIfNull(body);
        return (DocumentJson.Serialize(body), id);
    }

    private static Document<T> Written<T>(TenantId tenant, string id, string etag, long ms, T body) where T : IDocumentBody =>
        new(id, tenant, T.DocumentType, etag, DateTimeOffset.FromUnixTimeMilliseconds(ms), body);

    private static void RequireTenant(TenantId tenant)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("Every document call needs a tenant (partition key).", nameof(tenant));
        }
    }
}
