using LoFin.Application.Payments;

namespace LoFin.Functions.Http.Execution;

/// <summary>A 지급명령 without its list of resolution ids (up to 1,000): the order's figures and where it stands.</summary>
public sealed record PaymentOrderView(
    string OrderId,
    int FiscalYear,
    string FiscalAccountCode,
    int ResolutionCount,
    string IssuedBy,
    DateTimeOffset IssuedAt,
    PaymentOrderStatus Status,
    IReadOnlyList<ExcludedPayment> Excluded,
    long TotalWon,
    string? ApprovedBy,
    DateTimeOffset? SentAt,
    int SucceededCount,
    int FailedCount,
    DateTimeOffset? SettledAt,
    string ApprovalInstanceId)
{
    public static PaymentOrderView From(PaymentOrderDocument o) => new(o.OrderId, o.FiscalYear, o.FiscalAccountCode, o.ResolutionIds.Count, o.IssuedBy, o.IssuedAt,
        o.Status, o.Excluded, o.TotalWon, o.ApprovedBy, o.SentAt, o.SucceededCount, o.FailedCount, o.SettledAt,
        Queues.Execution.ApprovalNotice.InstanceId(Queues.Execution.CompletePaymentOrderFunction.DocumentKind, o.OrderId));
}
