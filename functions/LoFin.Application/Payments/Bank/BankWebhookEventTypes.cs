namespace LoFin.Application.Payments.Bank;

/// <summary>The <c>type</c> of each webhook event the treasury bank sends.</summary>
public static class BankWebhookEventTypes
{
    /// <summary>Final results of up to 100 transfers of one batch (<see cref="TransferResultsEventData"/>).</summary>
    public const string TransferResults = "transfer.results";

    /// <summary>입금 통지: one deposit into a virtual account (<see cref="VirtualAccountDeposit"/>).</summary>
    public const string VirtualAccountDeposited = "virtualAccount.deposited";
}
