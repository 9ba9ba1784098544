namespace LoFin.Functions.Http.Execution;

public sealed record ExecutionPage<T>(IReadOnlyList<T> Items, string? ContinuationToken);
