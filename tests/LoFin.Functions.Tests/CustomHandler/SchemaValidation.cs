using Newtonsoft.Json.Linq;
using Newtonsoft.Json.Schema;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>
/// Validates against the SchemaStore copies in Schemas/ (see Schemas/README.md) with
/// Newtonsoft.Json.Schema. Its free use is capped at 1,000 validations an hour per process;
/// these tests run a few dozen.
/// </summary>
public static class SchemaValidation
{
    private const string Draft04 = "\"$schema\": \"http://json-schema.org/draft-04/schema#\"";
    private const string Draft07 = "\"$schema\": \"http://json-schema.org/draft-07/schema#\"";

    private static readonly Lazy<JSchema> FunctionSchema = new(() => Load("function.json", DeclareDraft07));
    private static readonly Lazy<JSchema> HostSchema = new(() => Load("host.json", text => text));

    public static IList<string> FunctionJsonErrors(string json) => Errors(FunctionSchema.Value, json);

    public static IList<string> HostJsonErrors(string json) => Errors(HostSchema.Value, json);

    private static IList<string> Errors(JSchema schema, string json)
    {
        JToken.Parse(json).IsValid(schema, out IList<string> errors);
        return errors;
    }

    private static JSchema Load(string fileName, Func<string, string> prepare) =>
        JSchema.Parse(prepare(File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Schemas", fileName))));

    /// <summary>
    /// function.json declares draft-04 but uses draft-06's <c>const</c> in its sql and mysql bindings.
    /// Read as draft-04 (as Newtonsoft.Json.Schema does), those branches accept any binding and the
    /// schema's <c>oneOf</c> then rejects every valid http, serviceBus and timer binding; read as
    /// draft-07 it works as its authors meant. The file itself stays a verbatim copy.
    /// </summary>
    private static string DeclareDraft07(string schema) =>
        schema.Contains(Draft04, StringComparison.Ordinal)
            ? schema.Replace(Draft04, Draft07, StringComparison.Ordinal)
            : throw new InvalidOperationException("Schemas/function.json no longer declares draft-04: check whether the draft-07 reading is still needed.");
}
