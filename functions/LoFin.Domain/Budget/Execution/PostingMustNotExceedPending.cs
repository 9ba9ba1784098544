namespace LoFin.Domain.Budget.Execution;

/// <summary>
/// A pending commitment posts for at most what it reserved (TigerBeetle's post_pending_transfer):
/// less releases the rest, more would spend allotment that was never reserved.
/// </summary>
public static class PostingMustNotExceedPending
{
    public static ExecutionRefusal? Check(long amountWon, long pendingWon) =>
        amountWon <= pendingWon
            ? null
            : new(ExecutionRefusalCode.PostingExceedsPending, ExecutionMessages.PostingExceedsPending(amountWon, pendingWon));
}
