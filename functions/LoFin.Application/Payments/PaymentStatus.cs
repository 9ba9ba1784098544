namespace LoFin.Application.Payments;

public enum PaymentStatus
{
    /// <summary>Created by a 지급명령; sent or about to be sent to the bank.</summary>
    Ordered,

    /// <summary>The bank moved the money and the payment is posted to the ledger.</summary>
    Succeeded,

    /// <summary>The bank refused or failed it; no money moved, the payable is open again.</summary>
    Failed,

    /// <summary>Its 지급명령 was rejected before anything went to the bank; the payable is open again.</summary>
    Cancelled,
}
