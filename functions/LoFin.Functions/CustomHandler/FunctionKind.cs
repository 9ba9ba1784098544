namespace LoFin.Functions.CustomHandler;

/// <summary>What triggers a function in Azure, and so how the Functions host reaches this process.</summary>
public enum FunctionKind
{
    /// <summary>An HTTP request, forwarded unchanged to the same path (<c>enableForwardingHttpRequest</c>).</summary>
    Http,

    /// <summary>A Service Bus queue message, posted to <c>/{functionName}</c> as a custom-handler payload.</summary>
    Queue,

    /// <summary>A timer occurrence, posted to <c>/{functionName}</c> as a custom-handler payload.</summary>
    Timer,
}
