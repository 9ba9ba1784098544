namespace LoFin.Functions.Http;

/// <summary>Every HTTP-triggered function, in one list: what is here is what the app serves and what emit-functions writes.</summary>
public static class HttpFunctions
{
    public static void MapAll(IEndpointRouteBuilder app)
    {
        GetHealthFunction.Map(app);
        ListPublicTenantsFunction.Map(app);
        GetMeFunction.Map(app);
        ListDeadLettersFunction.Map(app);
        ReplayDeadLetterFunction.Map(app);
    }

    /// <summary>The demo-user sign-in exists only in local mode.</summary>
    public static void MapLocalOnly(IEndpointRouteBuilder app)
    {
        ListDevUsersFunction.Map(app);
        IssueDevTokenFunction.Map(app);
    }
}
