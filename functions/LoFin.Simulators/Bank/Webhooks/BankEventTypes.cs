namespace LoFin.Simulators.Bank.Webhooks;

/// <summary>The <c>type</c> of each webhook event the bank sends.</summary>
public static class BankEventTypes
{
    /// <summary>Final results of some transfers of one batch.</summary>
    public const string TransferResults = "transfer.results";

    /// <summary>입금 통지: money arrived in a virtual account.</summary>
    public const string VirtualAccountDeposited = "virtualAccount.deposited";
}
