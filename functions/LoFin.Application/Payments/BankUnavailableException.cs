namespace LoFin.Application.Payments;

/// <summary>The bank cannot take work now; the message is retried with back-off.</summary>
public sealed class BankUnavailableException(string message) : Exception(message);
