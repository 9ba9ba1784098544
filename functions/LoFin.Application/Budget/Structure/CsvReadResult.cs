namespace LoFin.Application.Budget.Structure;

/// <summary>A file read whole, or the list of what is wrong in it (then <see cref="Value"/> is null and nothing may be stored).</summary>
public sealed record CsvReadResult<T>(T? Value, IReadOnlyList<CsvError> Errors) where T : class
{
    public bool IsValid => Value is not null && Errors.Count == 0;
}
