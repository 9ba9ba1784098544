using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Documents;

/// <summary>One JSON shape for documents, messages and HTTP: camelCase, enums as strings.</summary>
public static class DocumentJson
{
    public static readonly JsonSerializerOptions Options = CreateOptions();

    public static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web)
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            // Korean stays readable in stored documents, logs and responses; HTML-sensitive characters stay escaped.
            Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All),
        };
        Configure(options);
        return options;
    }

    /// <summary>Applies the converters to options owned by someone else (ASP.NET Core's).</summary>
    public static void Configure(JsonSerializerOptions options)
    {
        options.Encoder = JavaScriptEncoder.Create(System.Text.Unicode.UnicodeRanges.All);
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new TenantIdJsonConverter());
    }

    public static string Serialize<T>(T value)
    {
        var json = JsonSerializer.Serialize(value, Options);
        // Bytes, not characters: Korean text is three bytes a character in UTF-8.
        if (json.Length > DocumentLimits.MaxDocumentBytes / 3 && System.Text.Encoding.UTF8.GetByteCount(json) > DocumentLimits.MaxDocumentBytes)
        {
            throw new ArgumentException($"A document is at most {DocumentLimits.MaxDocumentBytes} bytes in UTF-8.");
        }
        return json;
    }

    public static T Deserialize<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, Options) ?? throw new JsonException("Document body was null.");

    private sealed class TenantIdJsonConverter : JsonConverter<TenantId>
    {
        public override TenantId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            TenantId.TryParse(reader.GetString(), out var tenant)
                ? tenant
                : throw new JsonException("A tenant id is 5 digits.");

        public override void Write(Utf8JsonWriter writer, TenantId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.Value);
    }
}
