namespace LoFin.Domain.Budget.Execution;

/// <summary>지출반납 ≤ 지급, per payment: only money that went out can come back.</summary>
public static class RefundsMustNotExceedPayment
{
    public static ExecutionRefusal? Check(long amountWon, PaymentView payment) =>
        amountWon <= payment.RefundableWon
            ? null
            : new(ExecutionRefusalCode.RefundExceedsPayment, ExecutionMessages.RefundExceedsPayment(amountWon, payment.RefundableWon));

    public static bool Holds(PaymentView payment) => payment.RefundedWon >= 0 && payment.RefundedWon <= payment.AmountWon;
}
