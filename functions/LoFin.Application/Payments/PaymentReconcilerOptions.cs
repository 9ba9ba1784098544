namespace LoFin.Application.Payments;

public sealed record PaymentReconcilerOptions
{
    /// <summary>How long after sending a batch its webhooks may still come before the bank is asked.</summary>
    public TimeSpan ResultGrace { get; init; } = TimeSpan.FromMinutes(2);
}
