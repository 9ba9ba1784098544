namespace LoFin.Application.Payments.Bank;

/// <summary>
/// Why the bank gave no usable answer. The outcome of the call is unknown: the request may have
/// reached the bank. Money-moving calls are made safe to repeat by their ids, not by this record.
/// </summary>
/// <param name="StatusCode">The last HTTP status, when there was an answer at all.</param>
/// <param name="Attempts">How many times the adapter sent the request.</param>
public sealed record BankFailure(BankFailureKind Kind, int? StatusCode, string Detail, int Attempts);
