using LoFin.Application.Documents;
using LoFin.Application.Messaging;

namespace LoFin.Storage.Embedded.Tests.Contract;

public abstract partial class DocumentStoreContractTests
{
    private OutboxMessage Message(string messageId) =>
        OutboxMessage.Create("test-queue", TenantA, new Note(messageId), messageId);

    [Fact]
    public async Task ExecuteBatchAsync_WhenEveryOperationSucceeds_CommitsThemAllWithTheirMessages()
    {
        var toReplace = await Store.CreateAsync(TenantA, "replace-me", NewWidget("old"));
        await Store.CreateAsync(TenantA, "delete-me", NewWidget());
        var batch = new TransactionalBatch(TenantA)
            .Create("created", NewWidget("created"))
            .Replace("replace-me", NewWidget("replaced"), toReplace.ETag)
            .Upsert("upserted", NewWidget("upserted"))
            .Delete("delete-me")
            .Enqueue(Message("m-1"))
            .Enqueue(Message("m-2"));

        var result = await Store.ExecuteBatchAsync(batch);

        Assert.Equal(6, result.ETags.Count);
        Assert.Equal((await Store.ReadAsync<Widget>(TenantA, "created"))!.ETag, result.ETags[0]);
        Assert.Equal((await Store.ReadAsync<Widget>(TenantA, "replace-me"))!.ETag, result.ETags[1]);
        Assert.Equal((await Store.ReadAsync<Widget>(TenantA, "upserted"))!.ETag, result.ETags[2]);
        Assert.Null(result.ETags[3]);
        Assert.Null(result.ETags[4]);
        Assert.Null(result.ETags[5]);
        Assert.Equal("replaced", (await Store.ReadAsync<Widget>(TenantA, "replace-me"))!.Body.Name);
        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "delete-me"));
        Assert.Equal(["m-1", "m-2"], (await PendingMessageIdsAsync(TenantA)).Order());
    }

    public static TheoryData<string, int> ThirdOperationFailures() => new()
    {
        { "create of an existing id", 409 },
        { "replace with a stale etag", 412 },
        { "replace of an absent document", 404 },
        { "delete with a stale etag", 412 },
        { "delete of an absent document", 404 },
    };

    [Theory]
    [MemberData(nameof(ThirdOperationFailures))]
    public async Task ExecuteBatchAsync_WhenTheThirdOperationFails_AppliesNothingAndSendsNothing(string failure, int statusCode)
    {
        var existing = await Store.CreateAsync(TenantA, "existing", NewWidget("existing v1"));
        var current = await Store.ReplaceAsync(TenantA, "existing", NewWidget("existing v2"), existing.ETag);
        var batch = new TransactionalBatch(TenantA)
            .Create("new-1", NewWidget("new"))
            .Replace("existing", NewWidget("existing v3"), current.ETag);
        _ = failure switch
        {
            "create of an existing id" => batch.Create("existing", NewWidget()),
            "replace with a stale etag" => batch.Replace("existing", NewWidget(), existing.ETag),
            "replace of an absent document" => batch.Replace("absent", NewWidget(), existing.ETag),
            "delete with a stale etag" => batch.Delete("existing", existing.ETag),
            "delete of an absent document" => batch.Delete("absent"),
            _ => throw new ArgumentOutOfRangeException(nameof(failure)),
        };
        batch.Create("new-2", NewWidget()).Enqueue(Message("m-1"));

        var failed = await Assert.ThrowsAsync<TransactionalBatchFailedException>(() => Store.ExecuteBatchAsync(batch));

        Assert.Equal(2, failed.FailedOperationIndex);
        Assert.Equal(statusCode, failed.StatusCode);
        Assert.Equal(statusCode, failed.Cause.StatusCode);
        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "new-1"));
        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "new-2"));
        var unchanged = await Store.ReadAsync<Widget>(TenantA, "existing");
        Assert.Equal(current.ETag, unchanged!.ETag);
        Assert.Equal("existing v2", unchanged.Body.Name);
        Assert.Empty(await PendingMessageIdsAsync(TenantA));
    }

    [Fact]
    public async Task ExecuteBatchAsync_WhenAnOperationAfterItsMessagesFails_SendsNoneOfThem()
    {
        await Store.CreateAsync(TenantA, "existing", NewWidget());
        var batch = new TransactionalBatch(TenantA)
            .Enqueue(Message("m-1"))
            .Enqueue(Message("m-2"))
            .Create("existing", NewWidget());

        var failed = await Assert.ThrowsAsync<TransactionalBatchFailedException>(() => Store.ExecuteBatchAsync(batch));

        Assert.Equal(2, failed.FailedOperationIndex);
        Assert.IsType<DocumentConflictException>(failed.Cause);
        Assert.Empty(await PendingMessageIdsAsync(TenantA));
    }

    [Fact]
    public async Task ExecuteBatchAsync_WithTheMaximumNumberOfOperations_CommitsThemAll()
    {
        var batch = new TransactionalBatch(TenantA);
        for (var i = 0; i < DocumentLimits.MaxBatchOperations; i++)
        {
            batch.Create($"w-{i:D3}", NewWidget());
        }

        var result = await Store.ExecuteBatchAsync(batch);

        Assert.Equal(DocumentLimits.MaxBatchOperations, result.ETags.Count);
        Assert.Equal(DocumentLimits.MaxBatchOperations, result.ETags.Distinct().Count());
        var all = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = 1000 });
        Assert.Equal(DocumentLimits.MaxBatchOperations, all.Items.Count);
    }

    [Fact]
    public void TransactionalBatch_WithMoreThanTheMaximumNumberOfOperations_IsRefused()
    {
        var batch = new TransactionalBatch(TenantA);
        for (var i = 0; i < DocumentLimits.MaxBatchOperations; i++)
        {
            batch.Upsert($"w-{i}", NewWidget());
        }

        Assert.Throws<InvalidOperationException>(() => batch.Enqueue(Message("one-too-many")));
        Assert.Equal(DocumentLimits.MaxBatchOperations, batch.Operations.Count);
    }

    [Fact]
    public void TransactionalBatch_WithAMessageOfAnotherTenant_IsRefused()
    {
        var batch = new TransactionalBatch(TenantA);

        Assert.Throws<ArgumentException>(() => batch.Enqueue(OutboxMessage.Create("test-queue", TenantB, new Note("x"))));
    }
}
