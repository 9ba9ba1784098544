namespace LoFin.Application.Payments;

public enum PaymentOrderStatus
{
    /// <summary>Issued; its payments are being created (resumable after a crash).</summary>
    Preparing,

    /// <summary>Every payment exists; waiting for the approval line.</summary>
    Prepared,

    /// <summary>Approved; on its way to the bank through the queue.</summary>
    Approved,

    /// <summary>The bank holds the batch; results come by webhook or reconciliation.</summary>
    Sent,

    /// <summary>Every payment has its final result.</summary>
    Settled,

    /// <summary>The approval line rejected it or it was withdrawn: nothing was sent, its resolutions are payable again.</summary>
    Cancelled,
}
