using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Testing;

namespace LoFin.Storage.Embedded.Tests.Messaging;

public sealed class InboxPurgeTests
{
    [Fact]
    public async Task PurgeAsync_WhenMarksAreOlderThanTheCutoff_DeletesOnlyThoseAndOnlyInThatTenant()
    {
        var clock = new ManualClock();
        using var temp = new TempStore(clock);
        var tenant = TenantId.Parse("11000");
        var other = TenantId.Parse("41110");
        var now = clock.GetUtcNow();
        for (var i = 0; i < 250; i++)
        {
            await temp.Documents.CreateAsync(tenant, InboxEntry.DocumentId("F", $"old{i}"), new InboxEntry("F", $"old{i}", now.AddDays(-8)));
        }
        await temp.Documents.CreateAsync(tenant, InboxEntry.DocumentId("F", "recent"), new InboxEntry("F", "recent", now.AddDays(-1)));
        await temp.Documents.CreateAsync(other, InboxEntry.DocumentId("F", "old-other"), new InboxEntry("F", "old-other", now.AddDays(-8)));

        var purge = new InboxPurge(temp.Documents);
        Assert.Equal(120, await purge.PurgeAsync(tenant, now - InboxPurge.Retention, 120, CancellationToken.None));
        Assert.Equal(130, await purge.PurgeAsync(tenant, now - InboxPurge.Retention, 10_000, CancellationToken.None));
        Assert.Equal(0, await purge.PurgeAsync(tenant, now - InboxPurge.Retention, 10_000, CancellationToken.None));

        Assert.NotNull(await temp.Documents.ReadAsync<InboxEntry>(tenant, InboxEntry.DocumentId("F", "recent")));
        Assert.Null(await temp.Documents.ReadAsync<InboxEntry>(tenant, InboxEntry.DocumentId("F", "old7")));
        Assert.NotNull(await temp.Documents.ReadAsync<InboxEntry>(other, InboxEntry.DocumentId("F", "old-other")));
    }
}
