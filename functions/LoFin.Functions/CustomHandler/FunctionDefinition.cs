using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.RegularExpressions;

namespace LoFin.Functions.CustomHandler;

/// <summary>One Azure function: its folder name and the bindings its function.json declares.</summary>
public sealed partial record FunctionDefinition(string Name, FunctionKind Kind, IReadOnlyList<FunctionBinding> Bindings)
{
    private static readonly JsonSerializerOptions FileJson = new()
    {
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
        WriteIndented = true,
    };

    /// <summary>The Functions host's rule for function names (they are folder names and URL segments).</summary>
    [GeneratedRegex("^[A-Za-z][A-Za-z0-9_-]{0,127}$")]
    public static partial Regex ValidName();

    public FunctionBinding Trigger => Bindings.Single(b => b.IsTrigger);

    public static FunctionDefinition Http(string name, string route, IReadOnlyList<string>? methods) =>
        new(name, FunctionKind.Http, [FunctionBinding.HttpTrigger(route, methods), FunctionBinding.HttpOutput()]);

    public static FunctionDefinition Queue(string name, string queueName) =>
        new(name, FunctionKind.Queue, [FunctionBinding.ServiceBusTrigger(queueName)]);

    public static FunctionDefinition Timer(string name, string schedule) =>
        new(name, FunctionKind.Timer, [FunctionBinding.TimerTrigger(schedule)]);

    /// <summary>The function.json text: <c>{ "bindings": [ ... ] }</c>.</summary>
    public string ToFunctionJson() =>
        JsonSerializer.Serialize(new FunctionJsonFile(Bindings), FileJson).ReplaceLineEndings("\n") + "\n";

    private sealed record FunctionJsonFile(IReadOnlyList<FunctionBinding> Bindings);
}
