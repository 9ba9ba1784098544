namespace LoFin.Bench;

public sealed record Percentiles(double P50Ms, double P99Ms, double P999Ms, double MaxMs);
