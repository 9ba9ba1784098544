using LoFin.Application.Messaging;

namespace LoFin.Application.Functions;

/// <summary>
/// A queue-triggered function. Locally the message pump calls it; in Azure the Functions
/// host's Service Bus trigger does, through the custom-handler protocol. Either way it
/// runs behind <see cref="QueueFunctionInvoker"/>, which makes a redelivery a no-op.
/// </summary>
public interface IQueueFunction
{
    /// <summary>The function's name (folder name in Azure), e.g. <c>SendPaymentOrder</c>.</summary>
    string Name { get; }

    /// <summary>The queue it listens to.</summary>
    string Queue { get; }

    /// <summary>
    /// Handles one message. Throwing means "try again later"; after the fifth failed
    /// delivery the message is dead-lettered. A handler that writes documents should add
    /// <see cref="MessageContext.MarkHandled"/> to its batch so the write and the
    /// "handled" mark commit together.
    /// </summary>
    Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken);
}
