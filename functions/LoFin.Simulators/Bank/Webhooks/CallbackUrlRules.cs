namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>What a callback URL may be: absolute http or https, of a sane length.</summary>
public static class CallbackUrlRules
{
    public const int MaxLength = 2048;

    public static bool IsAcceptable(string? url) =>
        url is { Length: > 0 and <= MaxLength }
        && Uri.TryCreate(url, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
