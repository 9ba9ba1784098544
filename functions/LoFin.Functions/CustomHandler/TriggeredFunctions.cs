using LoFin.Application.Functions;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// The queue and timer functions registered in DI, by name: what the Functions host may
/// invoke at <c>POST /{functionName}</c> and what emit-functions writes a folder for.
/// Names are compared without regard to case, as the host and file systems do.
/// </summary>
public sealed class TriggeredFunctions
{
    private readonly Dictionary<string, IQueueFunction> _queueFunctions = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, ITimerFunction> _timerFunctions = new(StringComparer.OrdinalIgnoreCase);

    public TriggeredFunctions(IEnumerable<IQueueFunction> queueFunctions, IEnumerable<ITimerFunction> timerFunctions)
    {
        foreach (var function in queueFunctions)
        {
            Add(_queueFunctions, function.Name, function);
        }
        foreach (var function in timerFunctions)
        {
            Add(_timerFunctions, function.Name, function);
        }
    }

    public IReadOnlyCollection<IQueueFunction> QueueFunctions => _queueFunctions.Values;

    public IReadOnlyCollection<ITimerFunction> TimerFunctions => _timerFunctions.Values;

    public bool TryGetQueueFunction(string name, out IQueueFunction function) => _queueFunctions.TryGetValue(name, out function!);

    public bool TryGetTimerFunction(string name, out ITimerFunction function) => _timerFunctions.TryGetValue(name, out function!);

    private void Add<TFunction>(Dictionary<string, TFunction> functions, string name, TFunction function)
    {
        if (!FunctionDefinition.ValidName().IsMatch(name))
        {
            throw new InvalidOperationException($"'{name}' is not a valid Azure function name: a letter, then up to 127 letters, digits, '_' or '-'.");
        }
        if (_queueFunctions.ContainsKey(name) || _timerFunctions.ContainsKey(name))
        {
            throw new InvalidOperationException($"Two functions are named '{name}' (names are compared without regard to case).");
        }
        functions.Add(name, function);
    }
}
