namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>The ways a Service Bus message body can reach the custom handler in <c>Data.message</c>.</summary>
public enum MessageBodyEncoding
{
    /// <summary>Bound as a string (the default): the JSON text, JSON-quoted once more by the host.</summary>
    HostQuotedString,

    /// <summary>Bound as bytes (<c>dataType: binary</c>): base64 of the UTF-8 body.</summary>
    Base64,

    /// <summary>A JSON object in place, as a hand-written payload would have it.</summary>
    JsonObject,
}
