namespace LoFin.Application.Integrations;

/// <summary>
/// Why a webhook was accepted or refused. Only <see cref="Valid"/> lets a receiver act on the body;
/// the others say which part to look at when an integration is being set up.
/// </summary>
public enum WebhookVerification
{
    Valid,

    /// <summary>No timestamp header: the sender does not sign, or a proxy dropped the header.</summary>
    MissingTimestamp,

    /// <summary>The timestamp is not Unix seconds in decimal digits.</summary>
    MalformedTimestamp,

    /// <summary>Older than the replay window: possibly a captured request sent again.</summary>
    Stale,

    /// <summary>Further ahead than the clock skew allows: a wrong clock or a request forged for later use.</summary>
    FromTheFuture,

    /// <summary>No signature header.</summary>
    MissingSignature,

    /// <summary>The signature header holds no <c>v1=</c> entry of 64 hex digits.</summary>
    MalformedSignature,

    /// <summary>Well-formed but made with another secret, or over other bytes (the body or timestamp was changed).</summary>
    SignatureMismatch,
}
