namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>
/// The callback URL in force: from settings at start, replaced by <c>PUT /bank/v1/callback</c>
/// when the app registers itself. Read at every delivery attempt, so a retry goes to the URL
/// registered now, not the one in force when the event was made.
/// </summary>
public sealed class CallbackRegistration(string? initialUrl)
{
    private Uri? _url = initialUrl is null ? null : new Uri(initialUrl, UriKind.Absolute);

    public Uri? Url => Volatile.Read(ref _url);

    public void Replace(Uri? url) => Volatile.Write(ref _url, url);
}
