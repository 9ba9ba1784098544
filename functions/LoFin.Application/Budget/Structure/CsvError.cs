namespace LoFin.Application.Budget.Structure;

/// <summary>One thing wrong in an imported file: the line (1 = header), the column's Korean name and what to fix.</summary>
public sealed record CsvError(int Line, string Column, string Message);
