namespace LoFin.Application.Idempotency;

public enum IdempotencyBeginOutcome
{
    /// <summary>The key is new (or its first attempt was abandoned): handle the request, then complete it.</summary>
    Started,

    /// <summary>The same request was answered before: send its response again.</summary>
    Replay,

    /// <summary>The key came with another request before: refuse, do nothing.</summary>
    KeyReused,

    /// <summary>The same request is being handled right now by another call.</summary>
    InProgress,
}
