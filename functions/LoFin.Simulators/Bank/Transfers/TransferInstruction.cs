namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// What a transfer asks the bank to do. Value equality decides whether a transfer id sent again
/// is the same transfer (acknowledged again) or a different one under a used id (refused).
/// </summary>
/// <param name="Memo">입금계좌 인자내역: what the payee's passbook shows.</param>
public sealed record TransferInstruction(
    string FromAccountNumber,
    string ToBankCode,
    string ToAccountNumber,
    string ToHolderName,
    long AmountWon,
    string? Memo);
