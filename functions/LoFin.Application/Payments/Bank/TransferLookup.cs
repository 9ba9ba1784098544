namespace LoFin.Application.Payments.Bank;

/// <summary>What came of asking the bank for one transfer.</summary>
public abstract record TransferLookup
{
    private TransferLookup()
    {
    }

    public sealed record Found(BankTransfer Transfer) : TransferLookup;

    /// <summary>404: the bank never accepted this id (or rejected it, which it does not remember): sending it again is safe.</summary>
    public sealed record NeverAccepted(string TransferId) : TransferLookup;

    public sealed record Unavailable(BankFailure Failure) : TransferLookup;
}
