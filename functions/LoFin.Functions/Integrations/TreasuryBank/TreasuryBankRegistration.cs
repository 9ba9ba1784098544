using LoFin.Application.Integrations;
using LoFin.Application.Payments.Bank;
using LoFin.Application.Payments.Payees;

namespace LoFin.Functions.Integrations.TreasuryBank;

/// <summary>The treasury bank adapter and the webhook intake, from the <c>Bank</c> settings section.</summary>
public static class TreasuryBankRegistration
{
    public static IServiceCollection AddTreasuryBank(this IServiceCollection services)
    {
        services.AddSingleton(sp =>
        {
            var options = sp.GetRequiredService<IConfiguration>().GetSection(BankOptions.Section).Get<BankOptions>() ?? new BankOptions();
            options.Validate();
            return options;
        });
        services.AddSingleton<ITreasuryBank>(sp => new HttpTreasuryBank(
            HttpTreasuryBank.CreateHttpClient(), sp.GetRequiredService<BankOptions>(), sp.GetRequiredService<TimeProvider>(), sp.GetRequiredService<ILogger<HttpTreasuryBank>>()));
        services.AddSingleton(sp => new BankWebhookSettings(sp.GetRequiredService<BankOptions>().WebhookSecrets, WebhookReplayWindow.Default));
        services.AddSingleton<BankWebhookIntake>();
        services.AddSingleton<VerifyPayeeAccount>();
        return services;
    }
}
