namespace LoFin.Functions.CustomHandler;

/// <summary>
/// Every function the app has, as the Azure Functions host must know them: the named HTTP
/// endpoints, the queue functions and the timer functions, read from the app's own services
/// so that what is deployed is exactly what the app serves.
/// </summary>
public sealed class FunctionManifest
{
    /// <summary>Every HTTP function lives under this segment (JSON under /api/...).</summary>
    public const string HttpRoutePrefix = "api/";

    public FunctionManifest(IEnumerable<FunctionDefinition> functions)
    {
        var list = functions.OrderBy(f => f.Kind).ThenBy(f => f.Name, StringComparer.Ordinal).ToList();
        Validate(list);
        Functions = list;
    }

    public IReadOnlyList<FunctionDefinition> Functions { get; }

    /// <summary>Reads the functions from a built app that has not started: nothing is served or seeded.</summary>
    public static FunctionManifest FromApp(IEndpointRouteBuilder app) =>
        From(app.DataSources.SelectMany(source => source.Endpoints), app.ServiceProvider);

    /// <summary>Reads the functions from a running app's services (its endpoint data source is complete once it has started).</summary>
    public static FunctionManifest FromServices(IServiceProvider services) =>
        From(services.GetRequiredService<EndpointDataSource>().Endpoints, services);

    private static FunctionManifest From(IEnumerable<Endpoint> endpoints, IServiceProvider services)
    {
        var triggered = services.GetRequiredService<TriggeredFunctions>();
        return new FunctionManifest(
            HttpFunctions(endpoints.OfType<RouteEndpoint>())
                .Concat(triggered.QueueFunctions.Select(f => FunctionDefinition.Queue(f.Name, f.Queue)))
                .Concat(triggered.TimerFunctions.Select(f => FunctionDefinition.Timer(f.Name, f.Schedule))));
    }

    /// <summary>Named endpoints are functions; unnamed ones (OpenAPI, the invocation endpoint) are plumbing.</summary>
    private static IEnumerable<FunctionDefinition> HttpFunctions(IEnumerable<RouteEndpoint> endpoints)
    {
        foreach (var endpoint in endpoints)
        {
            if (endpoint.Metadata.GetMetadata<IEndpointNameMetadata>() is not { } name)
            {
                continue;
            }
            var pattern = endpoint.RoutePattern.RawText
                ?? throw new InvalidOperationException($"Endpoint {name.EndpointName} has no route text.");
            var methods = endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods
                .Select(m => m.ToLowerInvariant()).Order(StringComparer.Ordinal).ToList();
            // Functions routes use the same template syntax as ASP.NET Core, without the leading slash;
            // with routePrefix "" in host.json the public path is the app's path.
            yield return FunctionDefinition.Http(name.EndpointName, pattern.Trim('/'), methods is { Count: > 0 } ? methods : null);
        }
    }

    private static void Validate(IReadOnlyList<FunctionDefinition> functions)
    {
        var names = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var function in functions)
        {
            if (!FunctionDefinition.ValidName().IsMatch(function.Name))
            {
                throw new InvalidOperationException($"'{function.Name}' is not a valid Azure function name: a letter, then up to 127 letters, digits, '_' or '-'.");
            }
            if (!names.Add(function.Name))
            {
                throw new InvalidOperationException($"Two functions are named '{function.Name}' (the host compares names without regard to case).");
            }
        }
        foreach (var function in functions.Where(f => f.Kind == FunctionKind.Timer))
        {
            var schedule = function.Trigger.Schedule!;
            if (schedule.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length != 6)
            {
                throw new InvalidOperationException($"Timer function {function.Name}: '{schedule}' is not a six-field NCRONTAB schedule ({{second}} {{minute}} {{hour}} {{day}} {{month}} {{day-of-week}}).");
            }
        }
        foreach (var function in functions.Where(f => f.Kind == FunctionKind.Http))
        {
            // Queue and timer functions are invoked at /{name}, and the host keeps admin/ and runtime/ for itself;
            // an HTTP route outside api/ (even a bare parameter) could be forwarded onto one of those paths.
            var route = function.Trigger.Route!;
            if (!route.StartsWith(HttpRoutePrefix, StringComparison.OrdinalIgnoreCase) || route.Length == HttpRoutePrefix.Length)
            {
                throw new InvalidOperationException($"HTTP function {function.Name}: route '{route}' must be under '{HttpRoutePrefix}'.");
            }
        }
    }
}
