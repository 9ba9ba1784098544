namespace LoFin.Application.Payments.Bank;

/// <summary>
/// The bank's 400: the request could not be read, with each field at fault (<c>transfers[3].transferId</c>).
/// Nothing was kept at the bank. From the app it means a bug or unchecked input, never a transient fault.
/// </summary>
public sealed record BankFieldErrors(string Title, IReadOnlyDictionary<string, string[]> Errors);
