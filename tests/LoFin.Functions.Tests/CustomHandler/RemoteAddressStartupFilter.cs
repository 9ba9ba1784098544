using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;

namespace LoFin.Functions.Tests.CustomHandler;

/// <summary>
/// The test server leaves the caller's address empty; this puts the Functions host's loopback
/// address there, or the address a test names in <see cref="HeaderName"/> to play a remote caller.
/// </summary>
public sealed class RemoteAddressStartupFilter : IStartupFilter
{
    public const string HeaderName = "X-Test-Remote-Address";

    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use(async (context, nextMiddleware) =>
        {
            context.Connection.RemoteIpAddress = context.Request.Headers.TryGetValue(HeaderName, out var address)
                ? IPAddress.Parse(address.ToString())
                : IPAddress.Loopback;
            await nextMiddleware(context);
        });
        next(app);
    };
}
