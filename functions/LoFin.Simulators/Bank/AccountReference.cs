namespace LoFin.Simulators.Bank;

/// <summary>An account named in settings or in a request: bank code and digits.</summary>
public sealed class AccountReference
{
    public string? BankCode { get; set; }

    public string? AccountNumber { get; set; }
}
