using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Storage.Embedded.Tests.Contract;

public abstract partial class DocumentStoreContractTests
{
    /// <summary>Reads the feed to its end; only this test's tenants, since another test may share the store.</summary>
    private async Task<(List<RawDocument> Items, string Continuation)> ReadFeedToEndAsync(TenantId? tenant, string? continuation, int pageSize = 1000)
    {
        var items = new List<RawDocument>();
        while (true)
        {
            var page = await Store.ReadChangeFeedAsync(tenant, continuation, pageSize);
            Assert.True(page.Items.Count <= pageSize);
            Assert.False(string.IsNullOrEmpty(page.Continuation));
            continuation = page.Continuation;
            if (page.Items.Count == 0)
            {
                return (items.Where(d => d.TenantId == TenantA || d.TenantId == TenantB).ToList(), continuation);
            }
            items.AddRange(page.Items);
        }
    }

    [Fact]
    public async Task ReadChangeFeedAsync_ForOnePartition_ReturnsTheLatestVersionOfEachDocumentInCommitOrder()
    {
        var a = await Store.CreateAsync(TenantA, "a", NewWidget("a v1"));
        await Store.CreateAsync(TenantA, "b", NewWidget("b v1"));
        await Store.CreateAsync(TenantB, "x", NewWidget("x v1"));
        await Store.CreateAsync(TenantA, "c", new Note("c v1"));
        var a2 = await Store.ReplaceAsync(TenantA, "a", NewWidget("a v2"), a.ETag);
        var a3 = await Store.ReplaceAsync(TenantA, "a", NewWidget("a v3"), a2.ETag);

        var (items, _) = await ReadFeedToEndAsync(TenantA, null);

        Assert.Equal(["b", "c", "a"], items.Select(d => d.Id));
        Assert.All(items, d => Assert.Equal(TenantA, d.TenantId));
        var latestA = items[2];
        Assert.Equal(a3.ETag, latestA.ETag);
        Assert.Equal(Widget.DocumentType, latestA.Type);
        Assert.Equal("a v3", DocumentJson.Deserialize<Widget>(latestA.BodyJson).Name);
        Assert.Equal(Note.DocumentType, items[1].Type);
        Assert.True(items[0].Sequence < items[1].Sequence && items[1].Sequence < items[2].Sequence);
    }

    [Fact]
    public async Task ReadChangeFeedAsync_ForAllPartitions_InterleavesTenantsInCommitOrder()
    {
        await Store.CreateAsync(TenantA, "a1", NewWidget());
        await Store.CreateAsync(TenantB, "b1", NewWidget());
        var a2 = await Store.CreateAsync(TenantA, "a2", NewWidget());
        await Store.CreateAsync(TenantB, "b2", NewWidget());
        await Store.ReplaceAsync(TenantA, "a2", NewWidget("changed"), a2.ETag);

        var (items, _) = await ReadFeedToEndAsync(null, null);

        Assert.Equal([(TenantA, "a1"), (TenantB, "b1"), (TenantB, "b2"), (TenantA, "a2")], items.Select(d => (d.TenantId, d.Id)));
    }

    [Fact]
    public async Task ReadChangeFeedAsync_FromAContinuation_ResumesExactlyAfterTheLastItem()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.CreateAsync(TenantA, $"d{i}", NewWidget());
        }

        var first = await Store.ReadChangeFeedAsync(TenantA, null, 2);
        var second = await Store.ReadChangeFeedAsync(TenantA, first.Continuation, 2);
        var third = await Store.ReadChangeFeedAsync(TenantA, second.Continuation, 2);
        var empty = await Store.ReadChangeFeedAsync(TenantA, third.Continuation, 2);
        await Store.CreateAsync(TenantA, "d5", NewWidget());
        var later = await Store.ReadChangeFeedAsync(TenantA, empty.Continuation, 2);

        Assert.Equal(["d0", "d1"], first.Items.Select(d => d.Id));
        Assert.Equal(["d2", "d3"], second.Items.Select(d => d.Id));
        Assert.Equal(["d4"], third.Items.Select(d => d.Id));
        Assert.Empty(empty.Items);
        Assert.Equal(["d5"], later.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task ReadChangeFeedAsync_AfterADocumentWasReadAndUpdatedTwice_ReturnsItOnceAtItsLatestPosition()
    {
        var a = await Store.CreateAsync(TenantA, "a", NewWidget("v1"));
        await Store.CreateAsync(TenantA, "b", NewWidget());
        var (_, afterFirstRead) = await ReadFeedToEndAsync(TenantA, null);
        var a2 = await Store.ReplaceAsync(TenantA, "a", NewWidget("v2"), a.ETag);
        await Store.CreateAsync(TenantA, "c", NewWidget());
        await Store.ReplaceAsync(TenantA, "a", NewWidget("v3"), a2.ETag);

        var (items, _) = await ReadFeedToEndAsync(TenantA, afterFirstRead);

        Assert.Equal(["c", "a"], items.Select(d => d.Id));
        Assert.Equal("v3", DocumentJson.Deserialize<Widget>(items[1].BodyJson).Name);
    }

    [Fact]
    public async Task ReadChangeFeedAsync_WithAPageSize_ReturnsAtMostThatManyAndThenTheRest()
    {
        for (var i = 0; i < 30; i++)
        {
            await Store.CreateAsync(TenantA, $"d{i:D2}", NewWidget());
        }

        var page = await Store.ReadChangeFeedAsync(TenantA, null, 7);
        var (rest, _) = await ReadFeedToEndAsync(TenantA, page.Continuation, pageSize: 7);

        Assert.Equal(7, page.Items.Count);
        Assert.Equal(23, rest.Count);
        Assert.Equal(Enumerable.Range(0, 30).Select(i => $"d{i:D2}"), page.Items.Concat(rest).Select(d => d.Id));
    }

    [Fact]
    public async Task ReadChangeFeedAsync_AfterADelete_DoesNotReturnTheDeletedDocument()
    {
        await Store.CreateAsync(TenantA, "kept", NewWidget());
        await Store.CreateAsync(TenantA, "deleted", NewWidget());
        await Store.DeleteAsync(TenantA, "deleted");

        var (items, _) = await ReadFeedToEndAsync(TenantA, null);

        Assert.Equal(["kept"], items.Select(d => d.Id));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(DocumentLimits.MaxPageSize + 1)]
    public async Task ReadChangeFeedAsync_WithAPageSizeOutOfRange_IsRefused(int maxItems)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReadChangeFeedAsync(TenantA, null, maxItems));
    }

    [Theory]
    [InlineData("not a continuation")]
    [InlineData("-1")]
    public async Task ReadChangeFeedAsync_WithAContinuationItDidNotIssue_IsRefused(string continuation)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReadChangeFeedAsync(TenantA, continuation, 10));
    }
}
