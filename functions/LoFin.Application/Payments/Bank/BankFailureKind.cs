namespace LoFin.Application.Payments.Bank;

public enum BankFailureKind
{
    /// <summary>No connection, reset, DNS: nothing came back.</summary>
    Transport,

    /// <summary>The bank did not answer within the adapter's timeout.</summary>
    Timeout,

    /// <summary>The bank answered 5xx (other than a capacity refusal the method names itself).</summary>
    ServerError,

    /// <summary>An answer the contract does not have: an unexpected status or a body that cannot be read.</summary>
    UnexpectedResponse,
}
