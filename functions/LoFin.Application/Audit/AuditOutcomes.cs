using System.Globalization;

namespace LoFin.Application.Audit;

/// <summary>Outcome values for audit records: HTTP status codes for requests, words for use cases.</summary>
public static class AuditOutcomes
{
    public const string Succeeded = "succeeded";

    /// <summary>A business rule or an authorization rule said no.</summary>
    public const string Refused = "refused";

    public static string FromStatusCode(int statusCode)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(statusCode, 100);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(statusCode, 599);
        return statusCode.ToString(CultureInfo.InvariantCulture);
    }
}
