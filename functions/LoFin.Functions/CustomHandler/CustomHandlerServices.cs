namespace LoFin.Functions.CustomHandler;

/// <summary>What the Azure Functions custom-handler path needs in DI (the functions themselves are registered in ServiceRegistration).</summary>
public static class CustomHandlerServices
{
    public static IServiceCollection AddCustomHandler(this IServiceCollection services)
    {
        services.AddSingleton<TriggeredFunctions>();
        services.AddSingleton<InvokeQueueFunction>();
        services.AddSingleton<InvokeTimerFunction>();
        return services;
    }
}
