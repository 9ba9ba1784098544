namespace LoFin.Bench;

public sealed record BenchMessage(long Sequence, long AmountWon);
