using LoFin.Application.Documents;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>The effect a test queue function leaves in the store: one document per message, counting its runs.</summary>
public sealed record TestRecording(string MessageId, string Value, int Runs, int DeliveryCount, string? CorrelationId, DateTimeOffset EnqueuedAt) : IDocumentBody
{
    public static string DocumentType => "test-recording";

    public static string DocumentId(string messageId) => $"test-recording:{messageId}";
}
