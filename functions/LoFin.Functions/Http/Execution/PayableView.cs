using LoFin.Application.Payments;

namespace LoFin.Functions.Http.Execution;

/// <summary>An approved 지출결의 as the 지출원 sees it: what is owed, to whom (masked), and where its payment stands.</summary>
public sealed record PayableView(
    string ResolutionId,
    string LineKey,
    string CommitmentId,
    string Title,
    long AmountWon,
    PayeeView Payee,
    ExpenditureStatus Status,
    string? ActivePaymentId,
    int PaymentAttempts,
    string? PaidByPaymentId,
    string ApprovedBy,
    DateTimeOffset ApprovedAt)
{
    public static PayableView From(ExpenditureDocument e) => new(e.ResolutionId, e.LineKey, e.CommitmentId, e.Title, e.AmountWon, PayeeView.From(e.Payee),
        e.Status, e.ActivePaymentId, e.PaymentAttempts, e.PaidByPaymentId, e.ApprovedBy, e.ApprovedAt);
}
