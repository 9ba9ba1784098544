namespace LoFin.Application.Payments;

/// <summary>Queues of the payment pipeline; each message names one 지급명령.</summary>
public static class PaymentMessages
{
    public const string PrepareOrder = "payments.prepare-order";
    public const string SendOrder = "payments.send-order";
}
