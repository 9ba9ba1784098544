using System.Text.Json;

namespace LoFin.Functions.CustomHandler;

/// <summary>
/// The custom-handler request payload the Functions host posts for a non-HTTP trigger:
/// <c>{ "Data": { "&lt;bindingName&gt;": value }, "Metadata": { trigger metadata } }</c>.
/// </summary>
public sealed class InvocationRequest
{
    private InvocationRequest(JsonElement data, JsonElement metadata)
    {
        Data = data;
        Metadata = metadata;
    }

    /// <summary>Trigger and input values, keyed by the binding names in function.json.</summary>
    public JsonElement Data { get; }

    /// <summary>What the trigger knows about the event (message id, delivery count, properties...).</summary>
    public JsonElement Metadata { get; }

    public static async Task<InvocationRequest> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(body, default, cancellationToken);
        }
        catch (JsonException)
        {
            throw new InvalidInvocationException("$", "요청 본문이 올바른 JSON이 아닙니다.");
        }
        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidInvocationException("$", "요청 본문은 Data와 Metadata를 가진 JSON 객체여야 합니다.");
            }
            if (!HostValue.TryGetProperty(root, "Data", out var data) || data.ValueKind != JsonValueKind.Object)
            {
                throw new InvalidInvocationException("Data", "트리거 값을 담은 Data 객체가 없습니다.");
            }
            var metadata = HostValue.TryGetProperty(root, "Metadata", out var value) && HostValue.JsonObject(value) is { } found
                ? found.Clone()
                : EmptyObject();
            return new InvocationRequest(data.Clone(), metadata);
        }
    }

    /// <summary>The trigger's value; a payload without it is refused.</summary>
    public JsonElement RequiredData(string bindingName) =>
        HostValue.TryGetProperty(Data, bindingName, out var value)
            ? value
            : throw new InvalidInvocationException($"Data.{bindingName}", $"트리거 값 '{bindingName}'이(가) 없습니다.");

    public JsonElement? MetadataValue(string name) => HostValue.TryGetProperty(Metadata, name, out var value) ? value : null;

    private static JsonElement EmptyObject()
    {
        using var empty = JsonDocument.Parse("{}");
        return empty.RootElement.Clone();
    }
}
