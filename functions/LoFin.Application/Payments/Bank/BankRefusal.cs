namespace LoFin.Application.Payments.Bank;

/// <summary>A business refusal from the bank (problem details with a <c>reasonCode</c>), e.g. <c>BATCH_ID_REUSED</c>.</summary>
public sealed record BankRefusal(int StatusCode, string ReasonCode, string Title, string? Detail);
