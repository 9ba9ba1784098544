namespace LoFin.Application.Idempotency;

/// <param name="ETag">The record's etag when <see cref="IdempotencyBeginOutcome.Started"/>: completing is conditional on it.</param>
/// <param name="Response">The stored response when <see cref="IdempotencyBeginOutcome.Replay"/>.</param>
public sealed record IdempotencyBegin(IdempotencyBeginOutcome Outcome, string? ETag, IdempotentResponse? Response);
