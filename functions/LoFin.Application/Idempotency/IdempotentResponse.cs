namespace LoFin.Application.Idempotency;

/// <summary>What a money-moving POST answered the first time, kept to be answered again to a retry.</summary>
public sealed record IdempotentResponse(int StatusCode, string? ContentType, string? Location, string Body);
