using System.Text.Json;
using LoFin.Application.Documents;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// An event raised from outside (an approval decision, a bank callback), routed by
/// instance id. <see cref="EventId"/> is made by the sender; a second event with the
/// same id is a duplicate and changes nothing.
/// </summary>
public sealed record ExternalEventRaised(string Name, string EventId, JsonElement Payload, WorkflowCause Cause) : WorkflowEvent(Cause)
{
    public static ExternalEventRaised Create<T>(string name, string eventId, T payload, WorkflowCause cause) =>
        new(name, eventId, JsonSerializer.SerializeToElement(payload, DocumentJson.Options), cause);

    /// <summary>
    /// The payload as <typeparamref name="T"/>. A payload that does not fit throws
    /// <see cref="WorkflowPayloadException"/>, which the runtime turns into a refusal of
    /// the event (the sender's mistake), not a failure of the instance.
    /// </summary>
    public T PayloadAs<T>()
    {
        try
        {
            return Payload.Deserialize<T>(DocumentJson.Options)
                ?? throw new WorkflowPayloadException(WorkflowMessages.EventNeedsPayload(Name));
        }
        catch (JsonException ex)
        {
            throw new WorkflowPayloadException(WorkflowMessages.InvalidEventPayload(Name, typeof(T), ex), ex);
        }
    }
}
