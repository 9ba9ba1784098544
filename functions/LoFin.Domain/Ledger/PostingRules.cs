using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Ledger;

/// <summary>
/// Which journal entry each event posts. Three execution events post: 지출결의, 지급 and
/// 지출반납. Budget, allotment and commitment events post nothing: they are budget control
/// (예산회계), and a commitment is an executory contract — no goods or services have been
/// received, so there is no liability yet under the 지방회계기준 (it is disclosed as a
/// commitment in the notes at year end, not booked).
/// </summary>
public static class PostingRules
{
    /// <summary>The entry <paramref name="executed"/> posts, or null when it posts none.</summary>
    public static JournalEntry? EntryFor(ExecutionEvent executed, DateOnly accountingDate) => executed switch
    {
        ExpenditureResolved resolved => ResolutionRecognisesExpenseAndPayable.Entry(resolved, accountingDate),
        PaymentMade payment => PaymentSettlesPayableWithCash.Entry(payment, accountingDate),
        ExpenditureRefunded refund => RefundReturnsCashAndReversesExpenditure.Entry(refund, accountingDate),
        BudgetAdjusted or AllotmentAdjusted or CommitmentPended or CommitmentPosted or CommitmentVoided or CommitmentReduced => null,
        null => throw new ArgumentNullException(nameof(executed)),
        // A new event must be given a rule here on purpose, not fall through to "posts nothing".
        _ => throw new ArgumentException($"No posting rule for {executed.GetType().Name}.", nameof(executed)),
    };

    public static JournalEntry EntryFor(RevenueReceipt receipt) => ReceiptRecognisesCashAndRevenue.Entry(receipt);
}
