namespace LoFin.Functions.CustomHandler;

/// <summary>
/// A custom-handler payload this app cannot use. It becomes a 400 naming <see cref="Field"/>;
/// the host counts that as a failed delivery, so a poison message ends in the dead-letter queue.
/// </summary>
public sealed class InvalidInvocationException(string field, string message) : Exception(message)
{
    /// <summary>The payload path at fault, e.g. <c>Metadata.MessageId</c>.</summary>
    public string Field { get; } = field;
}
