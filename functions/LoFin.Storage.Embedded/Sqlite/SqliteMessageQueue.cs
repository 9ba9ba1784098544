using System.Globalization;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;

namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>
/// Queues in the same SQLite file as the documents, so a batch and its outbox messages
/// commit in one transaction. A lease is a visibility deadline plus a lease token drawn from
/// the store's sequence, which never repeats: completing, retrying or dead-lettering with a
/// token whose lease ran out and was taken again (or whose message was replayed, or whose
/// id was sent again) does nothing.
/// </summary>
public sealed class SqliteMessageQueue(SqliteDatabase database) : IMessageQueue
{
    private const string LeaseSql = """
        UPDATE messages SET visible_ms = $until, attempts = attempts + 1, leased = 1, lease_token = $token
        WHERE seq IN (SELECT seq FROM messages WHERE dead = 0 AND visible_ms <= $now ORDER BY visible_ms, seq LIMIT $n)
        RETURNING seq, message_id, queue, tenant_id, body, correlation_id, enqueued_ms, attempts, lease_token
        """;

    /// <summary>
    /// The row this delivery still holds: found by message id (unique while queued), matched
    /// by its lease token, and not yet given up by a retry, dead letter or restart release.
    /// A lease that ran out but was not taken again still counts: finishing late is harmless.
    /// </summary>
    private const string HeldByLease = "message_id = $mid AND lease_token = $token AND leased = 1";

    private const string CompleteSql = $"DELETE FROM messages WHERE {HeldByLease}";

    private const string RetryLaterSql = $"UPDATE messages SET visible_ms = $visible, last_error = $error, leased = 0 WHERE {HeldByLease}";

    private const string DeadLetterSql = $"UPDATE messages SET dead = 1, leased = 0, last_error = $error, dead_lettered_ms = $now WHERE {HeldByLease}";

    public Task SendAsync(OutboxMessage message, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message.TenantId.IsEmpty)
        {
            throw new ArgumentException("A message needs a tenant.", nameof(message));
        }
        return database.WriteOneChangeAsync(s => DocumentWrites.Enqueue(s, message), cancellationToken);
    }

    public Task<IReadOnlyList<QueueMessage>> LeaseAsync(int maxMessages, TimeSpan leaseDuration, CancellationToken cancellationToken = default)
    {
        DocumentLimits.ValidatePageSize(maxMessages);
        return database.WriteAsync<IReadOnlyList<QueueMessage>>(session =>
        {
            var command = session.Command(LeaseSql);
            command.Parameters.AddWithValue("$now", session.NowMs);
            command.Parameters.AddWithValue("$until", session.NowMs + (long)leaseDuration.TotalMilliseconds);
            command.Parameters.AddWithValue("$n", maxMessages);
            // An empty poll takes no number: saving a new high-water mark would cost an idle store a sync per poll.
            command.Parameters.AddWithValue("$token", session.PeekNextSequence());
            var leased = new List<QueueMessage>(maxMessages);
            using var row = command.ExecuteReader();
            while (row.Read())
            {
                leased.Add(new QueueMessage(
                    MessageId: row.GetString(1),
                    Queue: row.GetString(2),
                    TenantId: TenantId.Parse(row.GetString(3)),
                    BodyJson: row.GetString(4),
                    CorrelationId: row.IsDBNull(5) ? null : row.GetString(5),
                    EnqueuedAt: DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(6)),
                    DeliveryCount: row.GetInt32(7),
                    LeaseToken: row.GetInt64(8)));
            }
            if (leased.Count > 0)
            {
                session.NextSequence();
            }
            return leased;
        }, cancellationToken);
    }

    public Task CompleteAsync(IReadOnlyList<QueueMessage> messages, CancellationToken cancellationToken = default)
    {
        if (messages.Count == 0)
        {
            return Task.CompletedTask;
        }
        return database.WriteAsync(session =>
        {
            foreach (var message in messages)
            {
                var command = session.Command(CompleteSql);
                BindLease(command, message);
                command.ExecuteNonQuery();
            }
            return true;
        }, cancellationToken);
    }

    public Task RetryLaterAsync(QueueMessage message, string error, DateTimeOffset visibleAt, CancellationToken cancellationToken = default) =>
        database.WriteAsync(session =>
        {
            var command = session.Command(RetryLaterSql);
            command.Parameters.AddWithValue("$visible", visibleAt.ToUnixTimeMilliseconds());
            command.Parameters.AddWithValue("$error", Truncate(error));
            BindLease(command, message);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task DeadLetterAsync(QueueMessage message, string error, CancellationToken cancellationToken = default) =>
        database.WriteAsync(session =>
        {
            var command = session.Command(DeadLetterSql);
            command.Parameters.AddWithValue("$error", Truncate(error));
            command.Parameters.AddWithValue("$now", session.NowMs);
            BindLease(command, message);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    public Task<DeadLetterPage> ListDeadLettersAsync(TenantId tenant, int pageSize, string? continuationToken, CancellationToken cancellationToken = default)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("Dead letters are listed per tenant.", nameof(tenant));
        }
        DocumentLimits.ValidatePageSize(pageSize);
        long after = 0;
        if (continuationToken is not null && !long.TryParse(continuationToken, NumberStyles.None, CultureInfo.InvariantCulture, out after))
        {
            throw new ArgumentException("Not a dead-letter continuation token.", nameof(continuationToken));
        }
        var page = database.Read(reader =>
        {
            var command = reader.Command("""
                SELECT seq, message_id, queue, body, attempts, last_error, enqueued_ms, dead_lettered_ms
                FROM messages WHERE tenant_id = $t AND dead = 1 AND seq > $after ORDER BY seq LIMIT $n
                """);
            command.Parameters.AddWithValue("$t", tenant.Value);
            command.Parameters.AddWithValue("$after", after);
            command.Parameters.AddWithValue("$n", pageSize + 1);
            var items = new List<DeadLetter>();
            long lastSeq = 0;
            var more = false;
            using var row = command.ExecuteReader();
            while (row.Read())
            {
                if (items.Count == pageSize)
                {
                    more = true;
                    break;
                }
                lastSeq = row.GetInt64(0);
                items.Add(new DeadLetter(row.GetString(1), row.GetString(2), tenant, row.GetString(3), row.GetInt32(4),
                    row.IsDBNull(5) ? null : row.GetString(5),
                    DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(6)),
                    DateTimeOffset.FromUnixTimeMilliseconds(row.GetInt64(7))));
            }
            return new DeadLetterPage(items, more ? lastSeq.ToString(CultureInfo.InvariantCulture) : null);
        });
        return Task.FromResult(page);
    }

    public Task<bool> ReplayDeadLetterAsync(TenantId tenant, string messageId, CancellationToken cancellationToken = default)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("A replay names its tenant.", nameof(tenant));
        }
        return database.WriteAsync(session =>
        {
            var command = session.Command("""
                UPDATE messages SET dead = 0, attempts = 0, leased = 0, visible_ms = $now, dead_lettered_ms = NULL
                WHERE tenant_id = $t AND message_id = $mid AND dead = 1
                """);
            command.Parameters.AddWithValue("$now", session.NowMs);
            command.Parameters.AddWithValue("$t", tenant.Value);
            command.Parameters.AddWithValue("$mid", messageId);
            return command.ExecuteNonQuery() == 1;
        }, cancellationToken);
    }

    public Task<QueueStatistics> GetStatisticsAsync(CancellationToken cancellationToken = default)
    {
        var now = database.Clock.GetUtcNow().ToUnixTimeMilliseconds();
        var statistics = database.Read(reader =>
        {
            // In flight = leased now; scheduled = waiting for its time (a delayed send or a retry back-off).
            var command = reader.Command("""
                SELECT
                    COALESCE(SUM(dead = 0 AND visible_ms <= $now), 0),
                    COALESCE(SUM(dead = 0 AND visible_ms > $now AND leased = 0), 0),
                    COALESCE(SUM(dead = 0 AND visible_ms > $now AND leased = 1), 0),
                    COALESCE(SUM(dead = 1), 0)
                FROM messages
                """);
            command.Parameters.AddWithValue("$now", now);
            using var row = command.ExecuteReader();
            row.Read();
            return new QueueStatistics(row.GetInt64(0), row.GetInt64(1), row.GetInt64(2), row.GetInt64(3));
        });
        return Task.FromResult(statistics);
    }

    /// <summary>
    /// Makes messages leased by a previous run of the process visible at once. The embedded
    /// store is owned by one process (a lock file enforces it), so at start-up every lease
    /// is an orphan of a process that died; waiting for the lease to run out would only delay.
    /// </summary>
    public Task<int> ReleaseOrphanedLeasesAsync(CancellationToken cancellationToken = default) =>
        database.WriteAsync(session =>
        {
            var command = session.Command("UPDATE messages SET visible_ms = $now, leased = 0 WHERE leased = 1 AND dead = 0");
            command.Parameters.AddWithValue("$now", session.NowMs);
            return command.ExecuteNonQuery();
        }, cancellationToken);

    private static void BindLease(Microsoft.Data.Sqlite.SqliteCommand command, QueueMessage message)
    {
        command.Parameters.AddWithValue("$mid", message.MessageId);
        command.Parameters.AddWithValue("$token", message.LeaseToken);
    }

    private static string Truncate(string error) => error.Length <= 4000 ? error : error[..4000];
}
