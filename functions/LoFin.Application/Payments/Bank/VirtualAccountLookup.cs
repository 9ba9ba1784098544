namespace LoFin.Application.Payments.Bank;

/// <summary>What came of asking the bank for a virtual account (by number or by reference id).</summary>
public abstract record VirtualAccountLookup
{
    private VirtualAccountLookup()
    {
    }

    public sealed record Found(VirtualAccount Account) : VirtualAccountLookup;

    /// <summary>404: no such account (or no account under that reference id).</summary>
    public sealed record NotFound : VirtualAccountLookup;

    public sealed record Unavailable(BankFailure Failure) : VirtualAccountLookup;
}
