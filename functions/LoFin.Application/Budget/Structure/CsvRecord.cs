namespace LoFin.Application.Budget.Structure;

/// <summary>One record of a CSV file: its fields and the line it starts on (1-based).</summary>
public sealed record CsvRecord(int Line, IReadOnlyList<string> Fields);
