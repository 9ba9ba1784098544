namespace LoFin.Functions.Integrations.TreasuryBank;

/// <summary>The bank's RFC 9457 problem details: Korean title and detail, a machine <c>reasonCode</c>, and fields at fault.</summary>
internal sealed record BankProblemBody(
    int? Status,
    string? Title,
    string? Detail,
    string? ReasonCode,
    Dictionary<string, string[]>? Errors);
