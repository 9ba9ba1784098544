namespace LoFin.Simulators.Bank.Transfers;

/// <summary>How a transfer ended. Set once; a transfer never changes its result.</summary>
public sealed record TransferResult(BankResponse Response, string BankTransactionId, DateTimeOffset SettledAt)
{
    public bool Succeeded => Response.IsSuccess;
}
