namespace LoFin.Domain.Budget.Structure;

/// <summary>
/// Why a budget structure cannot be accepted: the position of the line at fault (0-based, in the
/// order given), the field (the CSV column's Korean name) and a Korean message.
/// </summary>
public sealed record StructureProblem(int LineIndex, string Field, string Message);
