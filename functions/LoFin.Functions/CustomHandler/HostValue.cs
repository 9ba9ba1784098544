using System.Globalization;
using System.Text.Json;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// Reads values as the Functions host writes them into a custom-handler payload. The host turns
/// every binding value that is not an object into JSON text and sends that text as a string
/// (ScriptInvocationContextExtensions.GetHttpScriptInvocationContextValue in azure-functions-host):
/// a message id arrives as <c>"\"abc\""</c>, a delivery count as <c>"1"</c>, a string message body
/// quoted once more. Plain JSON values are accepted too, so a hand-written payload works as well.
/// </summary>
public static class HostValue
{
    /// <summary>A property by name, preferring an exact match and then one that differs only in case.</summary>
    public static bool TryGetProperty(JsonElement container, string name, out JsonElement value)
    {
        value = default;
        if (container.ValueKind != JsonValueKind.Object)
        {
            return false;
        }
        if (container.TryGetProperty(name, out value))
        {
            return value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
        }
        foreach (var property in container.EnumerateObject())
        {
            if (string.Equals(property.Name, name, StringComparison.OrdinalIgnoreCase))
            {
                value = property.Value;
                return value.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined);
            }
        }
        return false;
    }

    /// <summary>The value as text, with the host's extra layer of JSON string quoting removed.</summary>
    public static string? Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => Unquote(value.GetString()!),
        JsonValueKind.Null or JsonValueKind.Undefined => null,
        _ => value.GetRawText(),
    };

    public static int? WholeNumber(JsonElement value) =>
        value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt32(out var number) ? number : null
            : int.TryParse(Text(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) ? parsed : null;

    public static bool? Boolean(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.True => true,
        JsonValueKind.False => false,
        _ => bool.TryParse(Text(value), out var parsed) ? parsed : null,
    };

    /// <summary>
    /// An instant. The host writes some times without an offset (Service Bus's
    /// <c>EnqueuedTimeUtc</c> is a UTC <c>DateTime</c> of unspecified kind), so no offset means UTC.
    /// </summary>
    public static DateTimeOffset? Instant(JsonElement value) =>
        DateTimeOffset.TryParse(Text(value), CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed)
            ? parsed.ToUniversalTime()
            : null;

    /// <summary>An object, also when the host sent it as JSON text inside a string.</summary>
    public static JsonElement? JsonObject(JsonElement value)
    {
        if (value.ValueKind == JsonValueKind.Object)
        {
            return value;
        }
        return value.ValueKind == JsonValueKind.String && ParseOrNull(Text(value)!) is { ValueKind: JsonValueKind.Object } parsed ? parsed : null;
    }

    /// <summary>The JSON value the text holds, or null when it is not JSON.</summary>
    public static JsonElement? ParseOrNull(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }

    /// <summary>Removes one layer of JSON string quoting when the text is a JSON string literal.</summary>
    private static string Unquote(string text)
    {
        if (text.Length >= 2 && text[0] == '"' && text[^1] == '"' && ParseOrNull(text) is { ValueKind: JsonValueKind.String } inner)
        {
            return inner.GetString()!;
        }
        return text;
    }
}
