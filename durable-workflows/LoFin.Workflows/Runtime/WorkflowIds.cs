namespace LoFin.Workflows.Runtime;

/// <summary>
/// Limits on the ids callers make. Instance ids and event ids become parts of document ids,
/// so they are short and use a small alphabet.
/// </summary>
public static class WorkflowIds
{
    public const int MaxLength = 100;

    public static bool IsValid(string? id) =>
        id is { Length: > 0 and <= MaxLength } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');

    public static string Validate(string? id, string parameterName) =>
        IsValid(id)
            ? id!
            : throw new ArgumentException($"'{id}' is not a valid id: 1..{MaxLength} characters of A-Z a-z 0-9 - _ . :", parameterName);

    public static string NewInstanceId() => Guid.CreateVersion7().ToString("N");

    public static string ActivityId(string instanceId, long sequence) =>
        $"{instanceId}:{sequence.ToString("D8", System.Globalization.CultureInfo.InvariantCulture)}";
}
