using LoFin.Application.Payments.Bank;

namespace LoFin.Functions.Integrations.TreasuryBank;

/// <summary>What one call to the bank came to after retries: an answer to interpret, or no usable answer.</summary>
internal abstract record BankExchange
{
    private BankExchange()
    {
    }

    /// <summary>A status the caller interprets (everything below 500, and a capacity refusal).</summary>
    public sealed record Answer(int StatusCode, byte[] Body, int Attempts) : BankExchange;

    public sealed record Failed(BankFailure Failure) : BankExchange;
}
