namespace LoFin.Application.Payments;

/// <summary>A resolution a 지급명령 named but could not pay, and why (in Korean, for the 지출원).</summary>
public sealed record ExcludedPayment(string ResolutionId, string Reason);
