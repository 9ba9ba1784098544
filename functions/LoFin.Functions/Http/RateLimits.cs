namespace LoFin.Functions.Http;

/// <summary>Names of the rate-limiting policies (per client address, fixed one-minute windows).</summary>
public static class RateLimits
{
    public const string Public = "public";
    public const string SignIn = "sign-in";
}
