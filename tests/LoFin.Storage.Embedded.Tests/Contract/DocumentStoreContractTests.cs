using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Storage.Embedded.Tests.Contract;

/// <summary>
/// What every <see cref="IDocumentStore"/> adapter must do. An adapter's test class derives
/// from this one and says how to make a store, restart it and see its pending outbox; the
/// facts are inherited. The tenants are random per test so that an adapter on a shared
/// container (Cosmos DB) can run the suite without cleaning up between tests.
/// </summary>
public abstract partial class DocumentStoreContractTests : IDisposable
{
    private readonly Lock _storeLock = new();
    private IDocumentStore? _store;

    protected DocumentStoreContractTests()
    {
        var first = Random.Shared.Next(10000, 99999);
        TenantA = TenantId.Parse(first.ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
        TenantB = TenantId.Parse((first + 1).ToString("D5", System.Globalization.CultureInfo.InvariantCulture));
    }

    protected TenantId TenantA { get; }

    protected TenantId TenantB { get; }

    /// <summary>The store under test, made on first use (tests touch it from many threads at once).</summary>
    protected IDocumentStore Store
    {
        get
        {
            lock (_storeLock)
            {
                return _store ??= CreateStore();
            }
        }
    }

    /// <summary>A store with none of this test's documents in it.</summary>
    protected abstract IDocumentStore CreateStore();

    /// <summary>Closes the store and opens it again on the same data, as a process restart would.</summary>
    protected abstract IDocumentStore ReopenStore();

    /// <summary>Ids of the outbox messages committed for <paramref name="tenant"/> and not yet delivered.</summary>
    protected abstract Task<IReadOnlyList<string>> PendingMessageIdsAsync(TenantId tenant);

    protected void Restart()
    {
        lock (_storeLock)
        {
            _store ??= CreateStore();
            _store = ReopenStore();
        }
    }

    public void Dispose()
    {
        Dispose(disposing: true);
        GC.SuppressFinalize(this);
    }

    protected virtual void Dispose(bool disposing)
    {
    }

    private static Widget NewWidget(string name = "widget", long amountWon = 1000) =>
        new(name, "draft", amountWon, Active: true);

    [Fact]
    public async Task ReadAsync_WhenAbsent_ReturnsNull()
    {
        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "missing"));
    }

    [Fact]
    public async Task CreateAsync_WhenNew_IsReadBackWithItsEnvelope()
    {
        var body = new Widget("first", "draft", 1_250_000, Active: true, new WidgetOwner("budget", 2), Rank: 7);

        var created = await Store.CreateAsync(TenantA, "w-1", body);
        var read = await Store.ReadAsync<Widget>(TenantA, "w-1");

        Assert.NotNull(read);
        Assert.Equal("w-1", read.Id);
        Assert.Equal(TenantA, read.TenantId);
        Assert.Equal(Widget.DocumentType, read.Type);
        Assert.False(string.IsNullOrEmpty(created.ETag));
        Assert.Equal(created.ETag, read.ETag);
        Assert.Equal(created.UpdatedAt, read.UpdatedAt);
        Assert.Equal(body, read.Body);
    }

    [Fact]
    public async Task CreateAsync_WhenIdExists_ThrowsConflictAndKeepsTheOriginal()
    {
        var original = await Store.CreateAsync(TenantA, "w-1", NewWidget("original"));

        var conflict = await Assert.ThrowsAsync<DocumentConflictException>(() => Store.CreateAsync(TenantA, "w-1", NewWidget("second")));

        Assert.Equal(409, conflict.StatusCode);
        Assert.Equal("w-1", conflict.DocumentId);
        var read = await Store.ReadAsync<Widget>(TenantA, "w-1");
        Assert.Equal(original.ETag, read!.ETag);
        Assert.Equal("original", read.Body.Name);
    }

    [Fact]
    public async Task ReplaceAsync_WithTheCurrentETag_ReplacesAndChangesTheETag()
    {
        var created = await Store.CreateAsync(TenantA, "w-1", NewWidget("before"));

        var replaced = await Store.ReplaceAsync(TenantA, "w-1", NewWidget("after"), created.ETag);

        Assert.NotEqual(created.ETag, replaced.ETag);
        var read = await Store.ReadAsync<Widget>(TenantA, "w-1");
        Assert.Equal(replaced.ETag, read!.ETag);
        Assert.Equal("after", read.Body.Name);
    }

    [Fact]
    public async Task ReplaceAsync_WithAStaleETag_ThrowsPreconditionFailedAndChangesNothing()
    {
        var created = await Store.CreateAsync(TenantA, "w-1", NewWidget("v1"));
        var current = await Store.ReplaceAsync(TenantA, "w-1", NewWidget("v2"), created.ETag);

        var stale = await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => Store.ReplaceAsync(TenantA, "w-1", NewWidget("v3"), created.ETag));

        Assert.Equal(412, stale.StatusCode);
        var read = await Store.ReadAsync<Widget>(TenantA, "w-1");
        Assert.Equal(current.ETag, read!.ETag);
        Assert.Equal("v2", read.Body.Name);
    }

    [Fact]
    public async Task ReplaceAsync_WhenAbsent_ThrowsNotFound()
    {
        var created = await Store.CreateAsync(TenantA, "other", NewWidget());

        var missing = await Assert.ThrowsAsync<DocumentNotFoundException>(
            () => Store.ReplaceAsync(TenantA, "w-1", NewWidget(), created.ETag));

        Assert.Equal(404, missing.StatusCode);
        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "w-1"));
    }

    [Fact]
    public async Task UpsertAsync_WhenAbsent_Creates()
    {
        var upserted = await Store.UpsertAsync(TenantA, "w-1", NewWidget("new"));

        var read = await Store.ReadAsync<Widget>(TenantA, "w-1");
        Assert.Equal(upserted.ETag, read!.ETag);
        Assert.Equal("new", read.Body.Name);
    }

    [Fact]
    public async Task UpsertAsync_WhenPresent_ReplacesWithoutAPreconditionAndChangesTheETag()
    {
        var created = await Store.CreateAsync(TenantA, "w-1", NewWidget("old"));

        var upserted = await Store.UpsertAsync(TenantA, "w-1", NewWidget("new"));

        Assert.NotEqual(created.ETag, upserted.ETag);
        var read = await Store.ReadAsync<Widget>(TenantA, "w-1");
        Assert.Equal(upserted.ETag, read!.ETag);
        Assert.Equal("new", read.Body.Name);
    }

    [Fact]
    public async Task DeleteAsync_WithoutAnETag_Removes()
    {
        await Store.CreateAsync(TenantA, "w-1", NewWidget());

        await Store.DeleteAsync(TenantA, "w-1");

        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "w-1"));
    }

    [Fact]
    public async Task DeleteAsync_WithTheCurrentETag_Removes()
    {
        var created = await Store.CreateAsync(TenantA, "w-1", NewWidget());

        await Store.DeleteAsync(TenantA, "w-1", created.ETag);

        Assert.Null(await Store.ReadAsync<Widget>(TenantA, "w-1"));
    }

    [Fact]
    public async Task DeleteAsync_WithAStaleETag_ThrowsPreconditionFailedAndKeepsTheDocument()
    {
        var created = await Store.CreateAsync(TenantA, "w-1", NewWidget("v1"));
        var current = await Store.ReplaceAsync(TenantA, "w-1", NewWidget("v2"), created.ETag);

        var stale = await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => Store.DeleteAsync(TenantA, "w-1", created.ETag));

        Assert.Equal(412, stale.StatusCode);
        Assert.Equal(current.ETag, (await Store.ReadAsync<Widget>(TenantA, "w-1"))!.ETag);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task DeleteAsync_WhenAbsent_ThrowsNotFound(bool withETag)
    {
        var other = await Store.CreateAsync(TenantA, "other", NewWidget());

        var missing = await Assert.ThrowsAsync<DocumentNotFoundException>(
            () => Store.DeleteAsync(TenantA, "w-1", withETag ? other.ETag : null));

        Assert.Equal(404, missing.StatusCode);
    }

    [Fact]
    public async Task CreateAsync_SameIdInTwoTenants_MakesTwoIndependentDocuments()
    {
        var inA = await Store.CreateAsync(TenantA, "shared-id", NewWidget("in A"));
        var inB = await Store.CreateAsync(TenantB, "shared-id", NewWidget("in B"));

        await Store.ReplaceAsync(TenantA, "shared-id", NewWidget("in A, changed"), inA.ETag);
        await Store.DeleteAsync(TenantB, "shared-id", inB.ETag);

        Assert.Equal("in A, changed", (await Store.ReadAsync<Widget>(TenantA, "shared-id"))!.Body.Name);
        Assert.Null(await Store.ReadAsync<Widget>(TenantB, "shared-id"));
        Assert.NotEqual(TenantA, inB.TenantId);
    }

    [Fact]
    public async Task ReplaceAsync_WithAnETagFromAnotherTenant_ThrowsPreconditionFailed()
    {
        var inA = await Store.CreateAsync(TenantA, "shared-id", NewWidget("in A"));
        await Store.CreateAsync(TenantB, "shared-id", NewWidget("in B"));

        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(
            () => Store.ReplaceAsync(TenantB, "shared-id", NewWidget("hijack"), inA.ETag));

        Assert.Equal("in B", (await Store.ReadAsync<Widget>(TenantB, "shared-id"))!.Body.Name);
    }

    [Fact]
    public async Task QueryAsync_InOneTenant_NeverReturnsAnotherTenantsDocuments()
    {
        for (var i = 0; i < 5; i++)
        {
            await Store.CreateAsync(TenantA, $"a-{i}", NewWidget("mine"));
            await Store.CreateAsync(TenantB, $"b-{i}", NewWidget("theirs"));
        }
        await Store.CreateAsync(TenantB, "a-0-b", NewWidget("theirs"));

        var page = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = 100 });
        var filtered = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery().WhereEqual("name", "theirs"));

        Assert.Equal(5, page.Items.Count);
        Assert.All(page.Items, d => Assert.Equal(TenantA, d.TenantId));
        Assert.All(page.Items, d => Assert.Equal("mine", d.Body.Name));
        Assert.Empty(filtered.Items);
    }

    public static TheoryData<string> CallsWithoutATenant() =>
        ["read", "create", "replace", "upsert", "delete", "query", "change feed", "batch"];

    [Theory]
    [MemberData(nameof(CallsWithoutATenant))]
    public async Task AnyCall_WithTheDefaultTenant_IsRefused(string call)
    {
        var none = default(TenantId);
        Func<Task> attempt = call switch
        {
            "read" => () => Store.ReadAsync<Widget>(none, "w-1"),
            "create" => () => Store.CreateAsync(none, "w-1", NewWidget()),
            "replace" => () => Store.ReplaceAsync(none, "w-1", NewWidget(), "etag"),
            "upsert" => () => Store.UpsertAsync(none, "w-1", NewWidget()),
            "delete" => () => Store.DeleteAsync(none, "w-1"),
            "query" => () => Store.QueryAsync<Widget>(none, new DocumentQuery()),
            "change feed" => () => Store.ReadChangeFeedAsync(none, null, 10),
            "batch" => () => Store.ExecuteBatchAsync(new TransactionalBatch(none).Create("w-1", NewWidget())),
            _ => throw new ArgumentOutOfRangeException(nameof(call)),
        };

        await Assert.ThrowsAnyAsync<ArgumentException>(attempt);
    }

    public static TheoryData<string> InvalidIds() =>
        ["a/b", "a\\b", "a?b", "a#b", "", "line\nbreak", new string('x', DocumentLimits.MaxIdLength + 1)];

    [Theory]
    [MemberData(nameof(InvalidIds))]
    public async Task AnyCall_WithAnInvalidId_IsRefusedAndWritesNothing(string id)
    {
        var existing = await Store.CreateAsync(TenantA, "valid", NewWidget());

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.CreateAsync(TenantA, id, NewWidget()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReadAsync<Widget>(TenantA, id));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ReplaceAsync(TenantA, id, NewWidget(), existing.ETag));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.UpsertAsync(TenantA, id, NewWidget()));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.DeleteAsync(TenantA, id));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.ExecuteBatchAsync(new TransactionalBatch(TenantA).Create(id, NewWidget())));

        var all = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery());
        Assert.Equal(["valid"], all.Items.Select(d => d.Id));
    }

    [Fact]
    public async Task CreateAsync_WithAnIdOfTheMaximumLength_IsAccepted()
    {
        var id = new string('가', DocumentLimits.MaxIdLength);

        await Store.CreateAsync(TenantA, id, NewWidget());

        Assert.NotNull(await Store.ReadAsync<Widget>(TenantA, id));
    }

    [Fact]
    public async Task ReadAsync_AsTheWrongType_IsRefused()
    {
        await Store.CreateAsync(TenantA, "n-1", new Note("a note"));

        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ReadAsync<Widget>(TenantA, "n-1"));
        Assert.Equal("a note", (await Store.ReadAsync<Note>(TenantA, "n-1"))!.Body.Text);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task ReplaceOrUpsert_WithABodyOfAnotherType_MakesItADocumentOfThatType(bool upsert)
    {
        var note = await Store.CreateAsync(TenantA, "x", new Note("a note"));

        var widget = upsert
            ? await Store.UpsertAsync(TenantA, "x", NewWidget("now a widget"))
            : await Store.ReplaceAsync(TenantA, "x", NewWidget("now a widget"), note.ETag);

        Assert.Equal(Widget.DocumentType, widget.Type);
        Assert.NotEqual(note.ETag, widget.ETag);
        Assert.Equal("now a widget", (await Store.ReadAsync<Widget>(TenantA, "x"))!.Body.Name);
        await Assert.ThrowsAsync<InvalidOperationException>(() => Store.ReadAsync<Note>(TenantA, "x"));
        Assert.Empty((await Store.QueryAsync<Note>(TenantA, new DocumentQuery())).Items);
        Assert.Equal(["x"], (await Store.QueryAsync<Widget>(TenantA, new DocumentQuery())).Items.Select(d => d.Id));
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() => Store.ReplaceAsync(TenantA, "x", new Note("back"), note.ETag));
    }

    [Fact]
    public async Task QueryAsync_ForOneType_NeverReturnsAnotherType()
    {
        await Store.CreateAsync(TenantA, "n-1", new Note("a note"));
        await Store.CreateAsync(TenantA, "w-1", NewWidget());

        var notes = await Store.QueryAsync<Note>(TenantA, new DocumentQuery());

        Assert.Equal(["n-1"], notes.Items.Select(d => d.Id));
        Assert.All(notes.Items, d => Assert.Equal(Note.DocumentType, d.Type));
    }
}
