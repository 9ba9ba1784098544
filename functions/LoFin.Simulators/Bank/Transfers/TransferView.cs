using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.Transfers;

/// <summary>
/// A transfer as the status query and the result webhooks show it: the payee's account and name
/// masked, since the caller knows them and matches by transfer id.
/// </summary>
public sealed record TransferView(
    string TransferId,
    string BatchId,
    TransferStatus Status,
    long AmountWon,
    string FromAccountNumber,
    string ToBankCode,
    string ToAccountNumberMasked,
    string ToHolderNameMasked,
    string? ResponseCode,
    string? ResponseMessage,
    string? BankTransactionId,
    DateTimeOffset AcceptedAt,
    DateTimeOffset? SettledAt)
{
    public static TransferView Of(TransferRecord record)
    {
        var result = record.Result;
        var instruction = record.Instruction;
        return new TransferView(
            record.TransferId,
            record.BatchId,
            record.Status,
            instruction.AmountWon,
            instruction.FromAccountNumber,
            instruction.ToBankCode,
            AccountNumbers.Mask(instruction.ToAccountNumber),
            HolderName.Mask(instruction.ToHolderName),
            result?.Response.Code,
            result?.Response.Message,
            result?.BankTransactionId,
            record.AcceptedAt,
            result?.SettledAt);
    }
}
