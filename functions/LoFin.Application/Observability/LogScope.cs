using System.Collections;

namespace LoFin.Application.Observability;

/// <summary>
/// Named values for <c>ILogger.BeginScope</c>: the JSON formatter writes them as properties,
/// and the simple console formatter (which prints a scope's ToString) shows them readably.
/// </summary>
public sealed class LogScope : IReadOnlyList<KeyValuePair<string, object?>>
{
    private readonly List<KeyValuePair<string, object?>> _values = [];

    public object? this[string name]
    {
        set => _values.Add(new KeyValuePair<string, object?>(name, value));
    }

    public KeyValuePair<string, object?> this[int index] => _values[index];

    public int Count => _values.Count;

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    public override string ToString() => string.Join(' ', _values.Select(v => $"{v.Key}:{v.Value}"));
}
