using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Unicode;

namespace LoFin.Simulators.Bank;

/// <summary>
/// The bank's JSON, for requests, answers and webhooks alike: camelCase, enums as strings,
/// Korean unescaped. Numbers must be JSON numbers: "1000" in quotes is refused for an amount,
/// so a caller's serialisation mistake is caught here rather than paid.
/// </summary>
public static class BankJson
{
    public static JsonSerializerOptions Options { get; } = Configure(new JsonSerializerOptions(JsonSerializerDefaults.Web));

    public static JsonSerializerOptions Configure(JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.NumberHandling = JsonNumberHandling.Strict;
        options.DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull;
        options.Encoder = JavaScriptEncoder.Create(UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter(allowIntegerValues: false));
        return options;
    }
}
