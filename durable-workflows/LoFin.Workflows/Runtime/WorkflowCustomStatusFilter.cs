namespace LoFin.Workflows.Runtime;

/// <summary>Matches instances whose custom status has <see cref="Property"/> (a JSON path like <c>assigneeUserId</c>) equal to <see cref="Value"/>.</summary>
public sealed record WorkflowCustomStatusFilter
{
    public WorkflowCustomStatusFilter(string property, string value)
    {
        if (string.IsNullOrEmpty(property) || property.Length > 100
            || !property.Split('.').All(part => part.Length > 0 && (char.IsAsciiLetter(part[0]) || part[0] == '_') && part.All(c => char.IsAsciiLetterOrDigit(c) || c == '_')))
        {
            throw new ArgumentException($"'{property}' is not a custom status property path.", nameof(property));
        }
        ArgumentNullException.ThrowIfNull(value);
        Property = property;
        Value = value;
    }

    public string Property { get; }

    public string Value { get; }
}
