namespace LoFin.Simulators.Bank.Transfers;

/// <summary>Why one transfer of a batch was refused at once, and the field at fault.</summary>
public sealed record TransferRejection(string Code, string Message, string Field);
