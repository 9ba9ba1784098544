namespace LoFin.Application.Payments;

public enum ExpenditureStatus
{
    /// <summary>지출결의 approved and resolved in the ledger: payable, waiting for a 지급명령.</summary>
    Approved,

    /// <summary>In a 지급명령 whose payment is on its way to the bank or awaiting its result.</summary>
    Ordered,

    /// <summary>The bank paid it and the payment is posted.</summary>
    Paid,
}
