namespace LoFin.Application.Payments.Bank;

/// <summary>What deposits a virtual account accepts, chosen when it is opened.</summary>
public enum VirtualAccountAmountPolicy
{
    /// <summary>Only the whole amount still due, in one deposit (a 고지서's account).</summary>
    Exact,

    /// <summary>Any amount up to what is still due (분할 납부).</summary>
    AllowPartial,
}
