using LoFin.Application.Documents;

namespace LoFin.Application.Payments;

/// <summary>
/// One transfer of a 지급명령: its id is the bank's transfer id and the ledger's payment
/// operation id. Its result is final once recorded: a duplicate, late or reconciled result for
/// it changes nothing.
/// </summary>
public sealed record PaymentDocument(
    string PaymentId,
    string OrderId,
    string ResolutionId,
    string LineKey,
    long AmountWon,
    Payee Payee,
    PaymentStatus Status,
    string? ResponseCode,
    string? ResponseMessage,
    string? BankTransactionId,
    DateTimeOffset? SettledAt) : IDocumentBody
{
    public static string DocumentType => "payment";
}
