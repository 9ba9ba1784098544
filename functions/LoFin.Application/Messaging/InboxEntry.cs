using LoFin.Application.Documents;

namespace LoFin.Application.Messaging;

/// <summary>Records that a function handled a message, in the message's tenant partition.</summary>
public sealed record InboxEntry(string FunctionName, string MessageId, DateTimeOffset HandledAt) : IDocumentBody
{
    public static string DocumentType => "inbox";

    public static string DocumentId(string functionName, string messageId) => $"inbox:{functionName}:{messageId}";
}
