namespace LoFin.Application.Payments;

public sealed record PaymentOrderMessage(string OrderId);
