using LoFin.Application.Documents;

namespace LoFin.Storage.Embedded.Tests.Contract;

public abstract partial class DocumentStoreContractTests
{
    [Fact]
    public async Task Restart_KeepsEveryCommittedDocumentWithItsETag()
    {
        var kept = await Store.CreateAsync(TenantA, "kept", NewWidget("kept"));
        var changed = await Store.CreateAsync(TenantA, "changed", NewWidget("v1"));
        changed = await Store.ReplaceAsync(TenantA, "changed", NewWidget("v2"), changed.ETag);
        await Store.CreateAsync(TenantA, "deleted", NewWidget());
        await Store.DeleteAsync(TenantA, "deleted");
        await Store.ExecuteBatchAsync(new TransactionalBatch(TenantB).Create("in-batch", NewWidget("batched")));

        Restart();

        Assert.Equal(kept.ETag, (await Store.ReadAsync<Widget>(TenantA, "kept"))!.ETag);
        var read = await Store.ReadAsync<Widget>(TenantA, "changed");
        Assert.Equal(changed.ETag, read!.ETag);
        Assert.Equal("v2", read.Body.Name);
        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "deleted"));
        Assert.Equal("batched", (await Store.ReadAsync<Widget>(TenantB, "in-batch"))!.Body.Name);
        await Store.ReplaceAsync(TenantA, "changed", NewWidget("v3"), changed.ETag);
    }

    [Fact]
    public async Task Restart_ContinuesTheChangeFeedUpwardSoAConsumerMissesNothing()
    {
        await Store.CreateAsync(TenantA, "a", NewWidget());
        await Store.CreateAsync(TenantA, "b", NewWidget());
        // The newest change is deleted: its sequence number must not be handed out again.
        await Store.CreateAsync(TenantA, "c", NewWidget());
        var (before, continuation) = await ReadFeedToEndAsync(TenantA, null);
        await Store.DeleteAsync(TenantA, "c");

        Restart();
        await Store.CreateAsync(TenantA, "d", NewWidget());
        var (after, _) = await ReadFeedToEndAsync(TenantA, continuation);

        Assert.Equal(["a", "b", "c"], before.Select(d => d.Id));
        Assert.Equal(["d"], after.Select(d => d.Id));
        Assert.True(after[0].Sequence > before[^1].Sequence);
    }

    [Fact]
    public async Task Restart_NeverHandsOutAnETagAgain()
    {
        var first = await Store.CreateAsync(TenantA, "x", NewWidget("v1"));
        var second = await Store.ReplaceAsync(TenantA, "x", NewWidget("v2"), first.ETag);
        await Store.DeleteAsync(TenantA, "x");

        Restart();
        var again = await Store.UpsertAsync(TenantA, "x", NewWidget("made again"));

        Assert.NotEqual(first.ETag, again.ETag);
        Assert.NotEqual(second.ETag, again.ETag);
        // A writer holding an etag from before the delete must not overwrite the document made again.
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => Store.ReplaceAsync(TenantA, "x", NewWidget("stale writer"), first.ETag));
        Assert.Equal("made again", (await Store.ReadAsync<Widget>(TenantA, "x"))!.Body.Name);
    }
}
