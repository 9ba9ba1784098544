namespace LoFin.Application.Payments.Bank;

/// <summary>A transfer's final result; never changes once given.</summary>
public enum TransferResultStatus
{
    /// <summary>Money moved (response code 000).</summary>
    Succeeded,

    /// <summary>No money moved; the response code says why. A new transfer id is needed to try again.</summary>
    Failed,
}
