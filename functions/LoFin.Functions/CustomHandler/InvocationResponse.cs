using System.Text.Json.Serialization;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// The custom-handler response payload. This app's queue and timer functions have no output
/// bindings (their messages leave through the outbox), so <see cref="Outputs"/> is empty and
/// <see cref="ReturnValue"/> null; <see cref="Logs"/> lines appear in the host's invocation log.
/// The host reads the body only of a 2xx answer: on failure the app's own log is the record.
/// </summary>
public sealed record InvocationResponse(
    [property: JsonPropertyName("Outputs")] IReadOnlyDictionary<string, object?> Outputs,
    [property: JsonPropertyName("Logs")] IReadOnlyList<string> Logs,
    [property: JsonPropertyName("ReturnValue")] object? ReturnValue)
{
    public static IResult Succeeded(string log) =>
        Results.Json(new InvocationResponse(new Dictionary<string, object?>(), [log], null), statusCode: StatusCodes.Status200OK);

    /// <summary>Any non-2xx answer fails the invocation: Service Bus then redelivers the message, or dead-letters it after its last delivery.</summary>
    public static IResult Failed(string log) =>
        Results.Json(new InvocationResponse(new Dictionary<string, object?>(), [log], null), statusCode: StatusCodes.Status500InternalServerError);
}
