namespace LoFin.Application.Payments;

public enum PaymentOrderIssueOutcome
{
    Issued,

    /// <summary>The same order was issued before: the stored one is returned, nothing changes.</summary>
    AlreadyIssued,

    /// <summary>The order key is taken by an order with other content.</summary>
    KeyReused,

    Invalid,
}
