using LoFin.Application.Documents;

namespace LoFin.Storage.Embedded.Tests.Contract;

public abstract partial class DocumentStoreContractTests
{
    /// <summary>
    /// Names with % and _ (LIKE wildcards), a tie on amountWon (w02, w05), documents without
    /// an owner or a rank, and a negative amount. A document of another type and a document
    /// in another tenant match most filters and must never appear.
    /// </summary>
    private async Task SeedWidgetsAsync()
    {
        Widget[] widgets =
        [
            new("alpha", "draft", 1000, true, new WidgetOwner("budget", 1), 3),
            new("alp%ha", "approved", 2500, false, new WidgetOwner("budget", 2), 1),
            new("al_pha", "approved", 500, true, new WidgetOwner("treasury", 1)),
            new("beta", "rejected", 10000, true, Rank: 2),
            new("alpine", "draft", 2500, false, new WidgetOwner("treasury", 3)),
            new("al%", "draft", -300, true, new WidgetOwner("budget", 1), 1),
        ];
        // Created out of id order so that an adapter returning insertion order fails.
        foreach (var i in new[] { 4, 1, 5, 0, 3, 2 })
        {
            await Store.CreateAsync(TenantA, $"w{i + 1:D2}", widgets[i]);
        }
        await Store.CreateAsync(TenantA, "n01", new Note("alpha"));
        await Store.CreateAsync(TenantB, "w07", widgets[0]);
    }

    private async Task<IReadOnlyList<string>> IdsAsync(DocumentQuery query)
    {
        var page = await Store.QueryAsync<Widget>(TenantA, query with { PageSize = 1000 });
        Assert.Null(page.ContinuationToken);
        return page.Items.Select(d => d.Id).ToList();
    }

    private async Task<IReadOnlyList<string>> IdsPageByPageAsync(DocumentQuery query, int pageSize)
    {
        var ids = new List<string>();
        string? continuation = null;
        do
        {
            var page = await Store.QueryAsync<Widget>(TenantA, query with { PageSize = pageSize, ContinuationToken = continuation });
            Assert.True(page.Items.Count <= pageSize);
            ids.AddRange(page.Items.Select(d => d.Id));
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return ids;
    }

    public static TheoryData<string, FilterOperator, object, string[]> Filters() => new()
    {
        { "status", FilterOperator.Equal, "draft", ["w01", "w05", "w06"] },
        { "status", FilterOperator.NotEqual, "draft", ["w02", "w03", "w04"] },
        { "amountWon", FilterOperator.Equal, 2500L, ["w02", "w05"] },
        { "amountWon", FilterOperator.Equal, 2500, ["w02", "w05"] },
        { "amountWon", FilterOperator.GreaterThan, 1000L, ["w02", "w04", "w05"] },
        { "amountWon", FilterOperator.GreaterThanOrEqual, 1000L, ["w01", "w02", "w04", "w05"] },
        { "amountWon", FilterOperator.LessThan, 1000L, ["w03", "w06"] },
        { "amountWon", FilterOperator.LessThanOrEqual, 500L, ["w03", "w06"] },
        { "amountWon", FilterOperator.LessThan, 0L, ["w06"] },
        { "amountWon", FilterOperator.GreaterThan, 999.5, ["w01", "w02", "w04", "w05"] },
        { "name", FilterOperator.StartsWith, "al", ["w01", "w02", "w03", "w05", "w06"] },
        { "name", FilterOperator.StartsWith, "alp%", ["w02"] },
        { "name", FilterOperator.StartsWith, "al%", ["w06"] },
        { "name", FilterOperator.StartsWith, "al_", ["w03"] },
        { "name", FilterOperator.StartsWith, "%", [] },
        { "name", FilterOperator.StartsWith, "ALPHA", [] },
        { "name", FilterOperator.GreaterThanOrEqual, "alpine", ["w04", "w05"] },
        { "active", FilterOperator.Equal, true, ["w01", "w03", "w04", "w06"] },
        { "active", FilterOperator.Equal, false, ["w02", "w05"] },
        { "active", FilterOperator.NotEqual, true, ["w02", "w05"] },
        { "owner.department", FilterOperator.Equal, "budget", ["w01", "w02", "w06"] },
        { "owner.level", FilterOperator.GreaterThanOrEqual, 2, ["w02", "w05"] },
        { "rank", FilterOperator.Equal, 1, ["w02", "w06"] },
        { "missing", FilterOperator.Equal, "anything", [] },
    };

    [Theory]
    [MemberData(nameof(Filters))]
    public async Task QueryAsync_WithAFilter_ReturnsExactlyTheMatchingDocumentsById(string property, FilterOperator op, object value, string[] expected)
    {
        await SeedWidgetsAsync();

        var ids = await IdsAsync(new DocumentQuery().Where(property, op, value));

        Assert.Equal(expected, ids);
    }

    [Fact]
    public async Task QueryAsync_WithSeveralFilters_CombinesThemWithAnd()
    {
        await SeedWidgetsAsync();

        var ids = await IdsAsync(new DocumentQuery()
            .Where("amountWon", FilterOperator.GreaterThanOrEqual, 500L)
            .Where("amountWon", FilterOperator.LessThan, 2500L)
            .WhereEqual("active", true));

        Assert.Equal(["w01", "w03"], ids);
    }

    public static TheoryData<string, bool, string[]> Orders() => new()
    {
        // Ties (w02 and w05 have the same amount) are broken by id, in the same direction.
        { "amountWon", false, ["w06", "w03", "w01", "w02", "w05", "w04"] },
        { "amountWon", true, ["w04", "w05", "w02", "w01", "w03", "w06"] },
        // Documents without the property come first ascending and last descending (as in Cosmos DB).
        { "rank", false, ["w03", "w05", "w02", "w06", "w04", "w01"] },
        { "rank", true, ["w01", "w04", "w06", "w02", "w05", "w03"] },
        { "owner.level", false, ["w04", "w01", "w03", "w06", "w02", "w05"] },
        { "name", false, ["w06", "w03", "w02", "w01", "w05", "w04"] },
    };

    [Theory]
    [MemberData(nameof(Orders))]
    public async Task QueryAsync_OrderedByAProperty_ReturnsThemInOrderInOnePageAndPageByPage(string orderBy, bool descending, string[] expected)
    {
        await SeedWidgetsAsync();
        var query = new DocumentQuery { OrderBy = orderBy, Descending = descending };

        var inOnePage = await IdsAsync(query);
        var pageByPage = await IdsPageByPageAsync(query, pageSize: 1);
        var inPairs = await IdsPageByPageAsync(query, pageSize: 2);

        Assert.Equal(expected, inOnePage);
        Assert.Equal(expected, pageByPage);
        Assert.Equal(expected, inPairs);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task QueryAsync_WithoutAnOrder_OrdersById(bool descending)
    {
        await SeedWidgetsAsync();
        var expected = new[] { "w01", "w02", "w03", "w04", "w05", "w06" };
        if (descending)
        {
            Array.Reverse(expected);
        }

        var ids = await IdsPageByPageAsync(new DocumentQuery { Descending = descending }, pageSize: 4);

        Assert.Equal(expected, ids);
    }

    [Theory]
    [InlineData(null, false)]
    [InlineData(null, true)]
    [InlineData("amountWon", false)]
    [InlineData("amountWon", true)]
    [InlineData("rank", false)]
    [InlineData("rank", true)]
    public async Task QueryAsync_PagingWhileDocumentsAreInserted_ReturnsEveryOriginalDocumentExactlyOnce(string? orderBy, bool descending)
    {
        const int originals = 120;
        for (var i = 0; i < originals; i++)
        {
            // Many ties on amount and many documents without a rank, so the page edges fall inside runs of equal keys.
            await Store.CreateAsync(TenantA, $"o{i:D3}", new Widget($"o{i}", "draft", (i % 7) * 100, true, Rank: i % 3 == 0 ? null : i % 5));
        }
        var query = new DocumentQuery { OrderBy = orderBy, Descending = descending, PageSize = 9 }.WhereEqual("status", "draft");
        var seen = new List<string>();
        string? continuation = null;
        var inserted = 0;
        do
        {
            var page = await Store.QueryAsync<Widget>(TenantA, query with { ContinuationToken = continuation });
            seen.AddRange(page.Items.Select(d => d.Id));
            continuation = page.ContinuationToken;
            // New documents land before, inside and after the pages still to come.
            for (var j = 0; j < 3; j++, inserted++)
            {
                await Store.CreateAsync(TenantA, $"n{inserted:D3}", new Widget($"n{inserted}", "draft", (inserted % 9) * 100 - 100, true, Rank: inserted % 4 == 0 ? null : inserted % 6));
            }
        }
        while (continuation is not null);

        Assert.Equal(seen.Count, seen.Distinct().Count());
        var originalsSeen = seen.Where(id => id.StartsWith('o')).Order().ToList();
        Assert.Equal(Enumerable.Range(0, originals).Select(i => $"o{i:D3}"), originalsSeen);
    }

    [Fact]
    public async Task QueryAsync_ThroughAllPages_ReturnsFullPagesAndNoTokenAfterTheLast()
    {
        for (var i = 0; i < 25; i++)
        {
            await Store.CreateAsync(TenantA, $"w{i:D2}", NewWidget());
        }

        var first = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = 10 });
        var second = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = 10, ContinuationToken = first.ContinuationToken });
        var third = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = 10, ContinuationToken = second.ContinuationToken });

        Assert.Equal(10, first.Items.Count);
        Assert.NotNull(first.ContinuationToken);
        Assert.Equal(10, second.Items.Count);
        Assert.NotNull(second.ContinuationToken);
        Assert.Equal(5, third.Items.Count);
        Assert.Null(third.ContinuationToken);
    }

    [Fact]
    public async Task QueryAsync_WhenTheLastPageIsExactlyFull_ReturnsNoToken()
    {
        for (var i = 0; i < 10; i++)
        {
            await Store.CreateAsync(TenantA, $"w{i:D2}", NewWidget());
        }

        var page = await Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = 10 });

        Assert.Equal(10, page.Items.Count);
        Assert.Null(page.ContinuationToken);
    }

    [Theory]
    [InlineData("not a token")]
    [InlineData("!!!")]
    [InlineData("bnVsbA")]
    [InlineData("e30")]
    [InlineData("eyJLZXkiOnsiYSI6MX0sIklkIjoidzAxIn0")]
    public async Task QueryAsync_WithAContinuationTokenItDidNotIssue_IsRefused(string token)
    {
        await SeedWidgetsAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Store.QueryAsync<Widget>(TenantA, new DocumentQuery { OrderBy = "amountWon", ContinuationToken = token }));
    }

    [Theory]
    [InlineData("a') OR 1=1 --")]
    [InlineData("name; DROP TABLE documents")]
    [InlineData("$.name")]
    [InlineData("name'")]
    [InlineData("owner..level")]
    [InlineData("")]
    [InlineData("1name")]
    public async Task QueryAsync_WithAPropertyThatIsNotAPath_IsRefused(string property)
    {
        await SeedWidgetsAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.QueryAsync<Widget>(TenantA, new DocumentQuery().WhereEqual(property, "x")));
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.QueryAsync<Widget>(TenantA, new DocumentQuery { OrderBy = property }));
        Assert.Equal(6, (await IdsAsync(new DocumentQuery())).Count);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(DocumentLimits.MaxPageSize + 1)]
    public async Task QueryAsync_WithAPageSizeOutOfRange_IsRefused(int pageSize)
    {
        await Assert.ThrowsAnyAsync<ArgumentException>(() => Store.QueryAsync<Widget>(TenantA, new DocumentQuery { PageSize = pageSize }));
    }

    [Fact]
    public async Task QueryAsync_WithAFilterValueThatIsNotAScalar_IsRefused()
    {
        await SeedWidgetsAsync();

        await Assert.ThrowsAnyAsync<ArgumentException>(
            () => Store.QueryAsync<Widget>(TenantA, new DocumentQuery().WhereEqual("owner", new WidgetOwner("budget", 1))));
    }
}

public abstract partial class DocumentStoreContractTests
{
    [Fact]
    public async Task Query_WhenIdPrefixGiven_ReturnsOnlyThatTenantsAndTypesIdsWithThePrefixInOrder()
    {
        foreach (var id in new[] { "op:b:0002", "op:a:0010", "op:a:0002", "op:a", "op:a;0001", "op:ab:0001", "op:a:0001" })
        {
            await Store.CreateAsync(TenantA, id, new Widget(id, "draft", 1, true));
        }
        await Store.CreateAsync(TenantA, "op:a:0003", new Note("other type"));
        await Store.CreateAsync(TenantB, "op:a:0004", new Widget("other tenant", "draft", 1, true));

        Assert.Equal(["op:a:0001", "op:a:0002", "op:a:0010"], await IdsAsync(new DocumentQuery { IdPrefix = "op:a:" }));
        Assert.Equal(["op:a:0001", "op:a:0002", "op:a:0010"], await IdsPageByPageAsync(new DocumentQuery { IdPrefix = "op:a:" }, 1));
    }
}
