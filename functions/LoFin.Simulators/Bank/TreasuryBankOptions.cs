using LoFin.Simulators.Bank.Webhooks;

namespace LoFin.Simulators.Bank;

/// <summary>
/// Settings under <c>Sim:Bank</c> (environment: <c>Sim__Bank__SettlementDelayMs</c> and so on).
/// Every collection the bank keeps has a limit here: the simulator refuses new work rather
/// than grow without bound during a long benchmark.
/// </summary>
public sealed class TreasuryBankOptions
{
    public const string Section = "Sim:Bank";

    /// <summary>The development secret, for a bank and an app on one machine; set a real one anywhere else.</summary>
    public const string DevelopmentWebhookSecret = "lofin-local-treasury-bank-webhook-secret";

    /// <summary>Where results and deposit notices are posted; also settable at run time with <c>PUT /bank/v1/callback</c>.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>The HMAC key shared with the app out of band, as a bank issues one at contract time.</summary>
    public string WebhookSecret { get; set; } = DevelopmentWebhookSecret;

    /// <summary>From acceptance to settlement of a batch.</summary>
    public int SettlementDelayMs { get; set; } = 500;

    public int MaxTransfersPerBatch { get; set; } = 1_000;

    /// <summary>A batch's results travel in events of at most this many; 1 gives one webhook per transfer.</summary>
    public int MaxResultsPerEvent { get; set; } = 100;

    /// <summary>The bank's 1회 이체 한도: a larger transfer is accepted and then fails with 531.</summary>
    public long MaxTransferAmountWon { get; set; } = 10_000_000_000;

    /// <summary>Transfers remembered (and so recognised when sent again). Past it, new batches get 503.</summary>
    public int MaxTransfers { get; set; } = 1_000_000;

    public int MaxBatches { get; set; } = 100_000;

    public int MaxVirtualAccounts { get; set; } = 200_000;

    public int MaxDepositsPerVirtualAccount { get; set; } = 100;

    /// <summary>Deposits remembered across all virtual accounts (so a repeated deposit id is recognised).</summary>
    public int MaxDeposits { get; set; } = 500_000;

    public int DemoPayeeCount { get; set; } = Seed.DemoBankSeed.DefaultPayeeCount;

    public WebhookDeliveryOptions Webhooks { get; set; } = new();

    public FaultOptions Faults { get; set; } = new();

    /// <summary>Refuses settings no bank could run with, at start, naming the setting.</summary>
    public void Validate()
    {
        Require(SettlementDelayMs is >= 0 and <= 3_600_000, nameof(SettlementDelayMs), "0..3600000");
        Require(MaxTransfersPerBatch is >= 1 and <= 10_000, nameof(MaxTransfersPerBatch), "1..10000");
        Require(MaxResultsPerEvent is >= 1 and <= 10_000, nameof(MaxResultsPerEvent), "1..10000");
        Require(MaxTransferAmountWon >= 1, nameof(MaxTransferAmountWon), "at least 1");
        Require(MaxTransfers >= 1, nameof(MaxTransfers), "at least 1");
        Require(MaxBatches >= 1, nameof(MaxBatches), "at least 1");
        Require(MaxVirtualAccounts >= 1, nameof(MaxVirtualAccounts), "at least 1");
        Require(MaxDepositsPerVirtualAccount >= 1, nameof(MaxDepositsPerVirtualAccount), "at least 1");
        Require(MaxDeposits >= 1, nameof(MaxDeposits), "at least 1");
        Require(DemoPayeeCount is >= 0 and <= Seed.DemoBankSeed.MaxPayeeCount, nameof(DemoPayeeCount), $"0..{Seed.DemoBankSeed.MaxPayeeCount}");
        Require(System.Text.Encoding.UTF8.GetByteCount(WebhookSecret ?? "") >= LoFin.Application.Integrations.WebhookSignature.MinimumSecretBytes,
            nameof(WebhookSecret), $"at least {LoFin.Application.Integrations.WebhookSignature.MinimumSecretBytes} bytes");
        Require(CallbackUrl is null || CallbackUrlRules.IsAcceptable(CallbackUrl), nameof(CallbackUrl), "an absolute http or https URL");
        Webhooks.Validate();
        Faults.Validate();
    }

    internal static void Require(bool condition, string setting, string expected)
    {
        if (!condition)
        {
            throw new InvalidOperationException($"{Section}:{setting} must be {expected}.");
        }
    }
}
