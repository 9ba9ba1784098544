using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>
/// The SQL of each write, run on the writer thread. Each method checks its precondition
/// and writes in as few statements as it can: the common path is one statement.
/// </summary>
internal static class DocumentWrites
{
    private const string InsertSql = """
        INSERT INTO documents (tenant_id, id, type, etag, seq, updated_ms, body)
        VALUES ($t, $id, $type, $etag, $seq, $ms, $body) ON CONFLICT DO NOTHING
        """;

    // The common replace keeps the type: leaving type out of SET spares SQLite the update of
    // the (tenant_id, type, id) index, which it maintains for every column named in SET.
    private const string ReplaceSameTypeSql = """
        UPDATE documents SET etag = $etag, seq = $seq, updated_ms = $ms, body = $body
        WHERE tenant_id = $t AND id = $id AND etag = $ifMatch AND type = $type
        """;

    private const string ReplaceSql = """
        UPDATE documents SET type = $type, etag = $etag, seq = $seq, updated_ms = $ms, body = $body
        WHERE tenant_id = $t AND id = $id AND etag = $ifMatch
        """;

    private const string UpsertSameTypeSql = """
        INSERT INTO documents (tenant_id, id, type, etag, seq, updated_ms, body)
        VALUES ($t, $id, $type, $etag, $seq, $ms, $body)
        ON CONFLICT (tenant_id, id) DO UPDATE SET etag = excluded.etag,
            seq = excluded.seq, updated_ms = excluded.updated_ms, body = excluded.body
        WHERE type = excluded.type
        """;

    private const string UpsertSql = """
        INSERT INTO documents (tenant_id, id, type, etag, seq, updated_ms, body)
        VALUES ($t, $id, $type, $etag, $seq, $ms, $body)
        ON CONFLICT (tenant_id, id) DO UPDATE SET type = excluded.type, etag = excluded.etag,
            seq = excluded.seq, updated_ms = excluded.updated_ms, body = excluded.body
        """;

    private const string DeleteSql = "DELETE FROM documents WHERE tenant_id = $t AND id = $id AND ($ifMatch IS NULL OR etag = $ifMatch)";

    private const string ExistsSql = "SELECT 1 FROM documents WHERE tenant_id = $t AND id = $id";

    private const string EnqueueSql = """
        INSERT INTO messages (message_id, queue, tenant_id, body, correlation_id, enqueued_ms, visible_ms)
        VALUES ($mid, $queue, $t, $body, $cid, $ms, $visible) ON CONFLICT (message_id) DO NOTHING
        """;

    public static string? Apply(WriterSession session, TenantId tenant, BatchOperation operation) => operation switch
    {
        BatchOperation.Create create => Create(session, tenant, create.Id, create.Type, create.BodyJson),
        BatchOperation.Replace replace => Replace(session, tenant, replace.Id, replace.Type, replace.BodyJson, replace.IfMatchETag),
        BatchOperation.Upsert upsert => Upsert(session, tenant, upsert.Id, upsert.Type, upsert.BodyJson),
        BatchOperation.Delete delete => Delete(session, tenant, delete.Id, delete.IfMatchETag),
        BatchOperation.Enqueue enqueue => Enqueue(session, enqueue.Message),
        _ => throw new ArgumentOutOfRangeException(nameof(operation)),
    };

    public static string Create(WriterSession session, TenantId tenant, string id, string type, string body)
    {
        var etag = WriteDocument(session, InsertSql, tenant, id, type, body, ifMatch: null);
        return etag ?? throw new DocumentConflictException(id);
    }

    public static string Replace(WriterSession session, TenantId tenant, string id, string type, string body, string ifMatch)
    {
        var etag = WriteDocument(session, ReplaceSameTypeSql, tenant, id, type, body, ifMatch)
            ?? WriteDocument(session, ReplaceSql, tenant, id, type, body, ifMatch);
        if (etag is not null)
        {
            return etag;
        }
        throw Exists(session, tenant, id) ? new DocumentPreconditionFailedException(id) : new DocumentNotFoundException(id);
    }

    public static string Upsert(WriterSession session, TenantId tenant, string id, string type, string body) =>
        WriteDocument(session, UpsertSameTypeSql, tenant, id, type, body, ifMatch: null)
            ?? WriteDocument(session, UpsertSql, tenant, id, type, body, ifMatch: null)!;

    public static string? Delete(WriterSession session, TenantId tenant, string id, string? ifMatch)
    {
        var command = session.Command(DeleteSql);
        command.Parameters.AddWithValue("$t", tenant.Value);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$ifMatch", (object?)ifMatch ?? DBNull.Value);
        if (command.ExecuteNonQuery() == 0)
        {
            throw Exists(session, tenant, id) ? new DocumentPreconditionFailedException(id) : new DocumentNotFoundException(id);
        }
        return null;
    }

    public static string? Enqueue(WriterSession session, OutboxMessage message)
    {
        var command = session.Command(EnqueueSql);
        command.Parameters.AddWithValue("$mid", message.MessageId);
        command.Parameters.AddWithValue("$queue", message.Queue);
        command.Parameters.AddWithValue("$t", message.TenantId.Value);
        command.Parameters.AddWithValue("$body", message.BodyJson);
        command.Parameters.AddWithValue("$cid", (object?)message.CorrelationId ?? DBNull.Value);
        command.Parameters.AddWithValue("$ms", session.NowMs);
        command.Parameters.AddWithValue("$visible", Math.Max(session.NowMs, message.NotBefore?.ToUnixTimeMilliseconds() ?? 0));
        // A message id already queued is the same message sent again: it is kept once.
        command.ExecuteNonQuery();
        return null;
    }

    public static string ETagOf(long sequence) => sequence.ToString("x16", System.Globalization.CultureInfo.InvariantCulture);

    private static string? WriteDocument(WriterSession session, string sql, TenantId tenant, string id, string type, string body, string? ifMatch)
    {
        var sequence = session.NextSequence();
        var etag = ETagOf(sequence);
        var command = session.Command(sql);
        command.Parameters.AddWithValue("$t", tenant.Value);
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$type", type);
        command.Parameters.AddWithValue("$etag", etag);
        command.Parameters.AddWithValue("$seq", sequence);
        command.Parameters.AddWithValue("$ms", session.NowMs);
        command.Parameters.AddWithValue("$body", body);
        if (ifMatch is not null)
        {
            command.Parameters.AddWithValue("$ifMatch", ifMatch);
        }
        return command.ExecuteNonQuery() == 1 ? etag : null;
    }

    private static bool Exists(WriterSession session, TenantId tenant, string id)
    {
        var command = session.Command(ExistsSql);
        command.Parameters.AddWithValue("$t", tenant.Value);
        command.Parameters.AddWithValue("$id", id);
        return command.ExecuteScalar() is not null;
    }
}
