namespace LoFin.Storage.Embedded.Sqlite;

/// <summary>A write waiting for the writer thread; its task completes after COMMIT.</summary>
internal abstract class WriteOperation
{
    private Exception? _failure;

    public abstract bool IsCancelled { get; }

    /// <summary>False for a write that changes nothing when it throws (see <see cref="SqliteDatabase.WriteOneChangeAsync"/>).</summary>
    public abstract bool NeedsSavepoint { get; }

    /// <summary>Runs on the writer thread inside the group's transaction.</summary>
    public abstract void Execute(WriterSession session);

    public void MarkFailed(Exception failure) => _failure ??= failure;

    public void Finish()
    {
        if (_failure is null)
        {
            Succeed();
        }
        else
        {
            Fail(_failure);
        }
    }

    protected abstract void Succeed();

    protected abstract void Fail(Exception failure);
}

internal sealed class WriteOperation<T>(Func<WriterSession, T> work, bool needsSavepoint, CancellationToken cancellationToken) : WriteOperation
{
    public override bool NeedsSavepoint => needsSavepoint;

    private readonly TaskCompletionSource<T> _completion = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private T _result = default!;

    public Task<T> Task => _completion.Task;

    public override bool IsCancelled
    {
        get
        {
            if (!cancellationToken.IsCancellationRequested)
            {
                return false;
            }
            _completion.TrySetCanceled(cancellationToken);
            return true;
        }
    }

    public override void Execute(WriterSession session) => _result = work(session);

    protected override void Succeed() => _completion.TrySetResult(_result);

    protected override void Fail(Exception failure) => _completion.TrySetException(failure);
}
