using LoFin.Application.Documents;

namespace LoFin.Storage.Embedded.Tests.Contract;

public abstract partial class DocumentStoreContractTests
{
    private const int Writers = 32;

    [Fact]
    public async Task ReplaceAsync_ByManyWritersHoldingTheSameETag_LetsExactlyOneWin()
    {
        await Store.CreateAsync(TenantA, "contested", new Counter(0));
        var reads = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Store.ReadAsync<Counter>(TenantA, "contested")));
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var attempts = reads.Select((read, writer) => Task.Run(async () =>
        {
            await start.Task;
            try
            {
                await Store.ReplaceAsync(TenantA, "contested", new Counter(writer + 1), read!.ETag);
                return true;
            }
            catch (DocumentPreconditionFailedException)
            {
                return false;
            }
        })).ToList();
        start.SetResult();
        var outcomes = await Task.WhenAll(attempts);

        Assert.Equal(1, outcomes.Count(won => won));
        Assert.Equal(Writers - 1, outcomes.Count(won => !won));
        var winner = Array.IndexOf(outcomes, true);
        Assert.Equal(winner + 1, (await Store.ReadAsync<Counter>(TenantA, "contested"))!.Body.Value);
    }

    [Fact]
    public async Task ReplaceAsync_ByManyWritersRetryingOnPreconditionFailed_LosesNoIncrement()
    {
        const int incrementsPerWriter = 5;
        await Store.CreateAsync(TenantA, "counter", new Counter(0));

        await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            for (var i = 0; i < incrementsPerWriter; i++)
            {
                while (true)
                {
                    var current = await Store.ReadAsync<Counter>(TenantA, "counter");
                    try
                    {
                        await Store.ReplaceAsync(TenantA, "counter", new Counter(current!.Body.Value + 1), current.ETag);
                        break;
                    }
                    catch (DocumentPreconditionFailedException)
                    {
                        // Someone else incremented first: read again and retry.
                    }
                }
            }
        })));

        Assert.Equal(Writers * incrementsPerWriter, (await Store.ReadAsync<Counter>(TenantA, "counter"))!.Body.Value);
    }

    [Fact]
    public async Task CreateAsync_ByManyWritersOfTheSameId_LetsExactlyOneWinAndOthersSeeConflict()
    {
        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            try
            {
                await Store.CreateAsync(TenantA, "once", new Counter(writer));
                return true;
            }
            catch (DocumentConflictException)
            {
                return false;
            }
        })));

        Assert.Equal(1, outcomes.Count(won => won));
        Assert.Equal(Array.IndexOf(outcomes, true), (await Store.ReadAsync<Counter>(TenantA, "once"))!.Body.Value);
    }

    [Fact]
    public async Task ExecuteBatchAsync_ManyAtOnceWhereSomeFail_CommitsEachSuccessfulBatchWhole()
    {
        await Store.CreateAsync(TenantA, "taken", new Counter(0));

        var outcomes = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var batch = new TransactionalBatch(TenantA)
                .Create($"first-{writer}", new Counter(writer))
                .Create($"second-{writer}", new Counter(writer));
            if (writer % 2 == 1)
            {
                batch.Create("taken", new Counter(writer));
            }
            try
            {
                await Store.ExecuteBatchAsync(batch);
                return true;
            }
            catch (TransactionalBatchFailedException)
            {
                return false;
            }
        })));

        for (var writer = 0; writer < Writers; writer++)
        {
            var committed = writer % 2 == 0;
            Assert.Equal(committed, outcomes[writer]);
            Assert.Equal(committed, await Store.ReadAsync<Counter>(TenantA, $"first-{writer}") is not null);
            Assert.Equal(committed, await Store.ReadAsync<Counter>(TenantA, $"second-{writer}") is not null);
        }
    }
}
