using LoFin.Application.Payments;

namespace LoFin.Functions.Http.Execution;

/// <summary>One transfer of a 지급명령 with the bank's answer; the account masked.</summary>
public sealed record PaymentView(
    string PaymentId,
    string OrderId,
    string ResolutionId,
    string LineKey,
    long AmountWon,
    PayeeView Payee,
    PaymentStatus Status,
    string? ResponseCode,
    string? ResponseMessage,
    string? BankTransactionId,
    DateTimeOffset? SettledAt)
{
    public static PaymentView From(PaymentDocument p) => new(p.PaymentId, p.OrderId, p.ResolutionId, p.LineKey, p.AmountWon, PayeeView.From(p.Payee), p.Status,
        p.ResponseCode, p.ResponseMessage, p.BankTransactionId, p.SettledAt);
}
