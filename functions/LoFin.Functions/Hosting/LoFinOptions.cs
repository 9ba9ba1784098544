namespace LoFin.Functions.Hosting;

public enum HostingMode
{
    /// <summary>One machine: embedded store, local pump and timers, the demo-user token issuer.</summary>
    Local,

    /// <summary>Behind the Azure Functions host as a custom handler: triggers come from the host, tokens from Entra ID.</summary>
    Azure,
}

/// <summary>Settings, read from environment variables (LOFIN_*) or appsettings (section "LoFin").</summary>
public sealed record LoFinOptions
{
    public HostingMode Mode { get; init; } = HostingMode.Local;

    /// <summary>Where the embedded store keeps its files (LOFIN_DATA, default ./.data).</summary>
    public string DataDirectory { get; init; } = "./.data";

    /// <summary>The built portals (static-web/dist); found next to the repository when not set.</summary>
    public string? WebRoot { get; init; }

    /// <summary>Requests per minute per client address on public endpoints.</summary>
    public int PublicRequestsPerMinute { get; init; } = 600;

    /// <summary>Token requests per minute per client address.</summary>
    public int SignInRequestsPerMinute { get; init; } = 30;

    /// <summary>Whether the message pump and timer scheduler run in this process (local mode; off in Azure, where the host triggers).</summary>
    public bool RunBackgroundTriggers { get; init; } = true;

    public OidcSettings Oidc { get; init; } = new();

    public bool IsLocal => Mode == HostingMode.Local;

    public string DatabasePath => Path.Combine(DataDirectory, "lofin.db");
}

/// <summary>The OpenID Connect issuer used in Azure mode (Microsoft Entra ID).</summary>
public sealed record OidcSettings
{
    /// <summary>e.g. https://login.microsoftonline.com/{tenant}/v2.0</summary>
    public string? Authority { get; init; }

    public string? Audience { get; init; }

    /// <summary>The claim carrying the local-government code (an Entra ID directory extension or app-role convention).</summary>
    public string TenantClaim { get; init; } = "extension_lofinTenantId";

    /// <summary>Metadata and keys only over HTTPS; off only for a test issuer on loopback.</summary>
    public bool RequireHttpsMetadata { get; init; } = true;
}
