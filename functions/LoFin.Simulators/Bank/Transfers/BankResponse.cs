namespace LoFin.Simulators.Bank.Transfers;

/// <summary>A bank's answer code and its Korean text, as a settled transfer or a verification carries it.</summary>
public sealed record BankResponse(string Code, string Message)
{
    public bool IsSuccess => Code == BankResponses.Ok.Code;
}
