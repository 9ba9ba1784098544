using System.Threading.RateLimiting;
using LoFin.Application.Audit;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Application.Observability;
using LoFin.Application.Timers;
using LoFin.Domain.Time;
using LoFin.Application.Tenancy;
using LoFin.Functions.Http;
using LoFin.Functions.Integrations.TreasuryBank;
using LoFin.Functions.Timers;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Storage.Embedded.Sqlite;
using LoFin.Workflows;
using LoFin.Functions.Http.Approvals;
using LoFin.Functions.Http.Budget;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.RateLimiting;

namespace LoFin.Functions.Hosting;

/// <summary>All wiring in one place, in plain calls: what runs is what is listed here.</summary>
public static class ServiceRegistration
{
    public static LoFinOptions ReadOptions(IConfiguration configuration)
    {
        var section = configuration.GetSection("LoFin");
        var options = section.Get<LoFinOptions>() ?? new LoFinOptions();
        // The documented environment variables win over appsettings.
        if (configuration["LOFIN_DATA"] is { Length: > 0 } data)
        {
            options = options with { DataDirectory = data };
        }
        if (configuration["LOFIN_MODE"] is { Length: > 0 } mode)
        {
            options = options with { Mode = Enum.Parse<HostingMode>(mode, ignoreCase: true) };
        }
        if (configuration["LOFIN_WEB_ROOT"] is { Length: > 0 } webRoot)
        {
            options = options with { WebRoot = webRoot };
        }
        // Behind the Functions host (Azure, or `func start` locally) the host runs the queue and timer
        // triggers; running the local pump and scheduler too would fire every timer twice.
        if (options.Mode == HostingMode.Azure || !string.IsNullOrEmpty(configuration["FUNCTIONS_CUSTOMHANDLER_PORT"]))
        {
            options = options with { RunBackgroundTriggers = false };
        }
        return options;
    }

    public static void AddLoFin(this IServiceCollection services, LoFinOptions options)
    {
        services.AddSingleton(options);
        services.AddSingleton(TimeProvider.System);

        // Embedded store: one SQLite file in the data directory.
        // The database holds a lock file, so a second process on the same LOFIN_DATA stops at once.
        services.AddSingleton(sp => new SqliteDatabase(new SqliteStoreOptions { DatabasePath = options.DatabasePath }, sp.GetRequiredService<TimeProvider>()));
        services.AddSingleton<IDocumentStore>(sp => new SqliteDocumentStore(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton(sp => new SqliteMessageQueue(sp.GetRequiredService<SqliteDatabase>()));
        services.AddSingleton<IMessageQueue>(sp => sp.GetRequiredService<SqliteMessageQueue>());

        services.AddSingleton<TenantDirectory>();
        services.AddSingleton<DemoSeeder>();

        // Audit: one log per process (it serialises appends per tenant and caches each chain head).
        services.AddSingleton<IAuditLog, AuditLog>();
        services.AddSingleton<AuditVerifier>();
        services.AddSingleton<VerifyAuditCommand>();

        // Messaging: the invoker is shared by the local pump and the Azure custom-handler trigger.
        services.AddSingleton<QueueFunctionInvoker>();
        services.AddSingleton(new MessagePumpOptions());
        services.AddSingleton<MessagePump>();

        // Timers: the invoker serves both the local scheduler and the Functions host's timer trigger.
        services.AddTimerFunction<VerifyAuditChainsTimerFunction>();
        services.AddTimerFunction<PurgeHandledInboxTimerFunction>();
        services.AddSingleton<InboxPurge>();
        services.AddSingleton<TimerFunctionInvoker>();
        services.AddSingleton(new TimerSchedulerOptions());
        services.AddSingleton<TimerScheduler>();
        if (options.RunBackgroundTriggers)
        {
            services.AddHostedService<MessagePumpService>();
            services.AddHostedService<TimerSchedulerService>();
        }

        // The published holiday list, registered before the workflows so it replaces their weekends-only default.
        services.AddSingleton(HolidayCalendarLoader.Load(Path.Combine(DemoSeeder.SeedDirectory, "holidays")));
        services.AddSingleton<IHolidayCalendar>(sp => sp.GetRequiredService<PublicHolidayCalendar>());
        services.AddLoFinWorkflows();
        services.AddSingleton<OfficialDirectory>();
        services.AddTreasuryBank();
        services.AddLoFinPayments();
        services.AddLoFinExecution();
        services.AddLoFinBudget();

        services.AddLoFinSecurity(options);
        services.AddLoFinHttp(options);
        services.AddMetrics();
    }

    private static void AddLoFinSecurity(this IServiceCollection services, LoFinOptions options)
    {
        if (options.IsLocal)
        {
            services.AddSingleton(LocalSigningKey.LoadOrCreate(options.DataDirectory));
            services.AddSingleton<LocalTokenIssuer>();
            services.AddSingleton<ITokenValidationSource, LocalTokenValidationSource>();
            services.AddSingleton<DemoUserIndex>();
        }
        else
        {
            services.AddSingleton<ITokenValidationSource>(new OidcTokenValidationSource(options.Oidc));
        }
        services.AddAuthentication(BearerTokenHandler.SchemeName)
            .AddScheme<AuthenticationSchemeOptions, BearerTokenHandler>(BearerTokenHandler.SchemeName, _ => { });
        services.AddAuthorization(Policies.Configure);
    }

    private static void AddLoFinHttp(this IServiceCollection services, LoFinOptions options)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<ProblemExceptionHandler>();
        services.ConfigureHttpJsonOptions(json => DocumentJson.Configure(json.SerializerOptions));
        // Binding failures (malformed JSON, wrong types) throw BadHttpRequestException, which becomes a 400 problem naming the field.
        services.Configure<RouteHandlerOptions>(o => o.ThrowOnBadRequest = true);
        services.AddOpenApi("v1");
        services.AddRateLimiter(limiter =>
        {
            limiter.OnRejected = async (context, cancellationToken) =>
            {
                context.HttpContext.Response.Headers.RetryAfter = "60";
                await ProblemResults.WriteAsync(context.HttpContext, StatusCodes.Status429TooManyRequests, "요청이 너무 많습니다.", "잠시 후 다시 시도하세요.");
            };
            limiter.AddPolicy(RateLimits.Public, context => PerClient(context, options.PublicRequestsPerMinute));
            limiter.AddPolicy(RateLimits.SignIn, context => PerClient(context, options.SignInRequestsPerMinute));
        });
    }

    private static RateLimitPartition<string> PerClient(HttpContext context, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(ClientAddress(context),
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    /// <summary>
    /// The caller's address for rate limits. Behind the Functions host every request arrives from
    /// loopback, so there (and only there: the handler port is bound to loopback) the first
    /// X-Forwarded-For entry, set by the platform's front end, names the client.
    /// </summary>
    private static string ClientAddress(HttpContext context)
    {
        var remote = context.Connection.RemoteIpAddress;
        if (remote is not null && System.Net.IPAddress.IsLoopback(remote)
            && context.Request.Headers["X-Forwarded-For"].ToString().Split(',')[0].Trim() is { Length: > 0 } forwarded
            && !string.IsNullOrEmpty(context.RequestServices.GetRequiredService<IConfiguration>()["FUNCTIONS_CUSTOMHANDLER_PORT"]))
        {
            return forwarded;
        }
        return remote?.ToString() ?? "unknown";
    }

    /// <summary>Queue and timer functions are listed here as they are added; nothing is discovered by reflection.</summary>
    public static IServiceCollection AddQueueFunction<TFunction>(this IServiceCollection services) where TFunction : class, IQueueFunction =>
        services.AddSingleton<IQueueFunction, TFunction>();

    public static IServiceCollection AddTimerFunction<TFunction>(this IServiceCollection services) where TFunction : class, ITimerFunction =>
        services.AddSingleton<ITimerFunction, TFunction>();

    public static IEnumerable<string> MeterNames => [LoFinMetrics.MeterName];
}
