using LoFin.Domain.Tenancy;

namespace LoFin.Application.Payments.Bank;

/// <summary>
/// Queue <see cref="BankMessages.TransferResults"/>: a verified <c>transfer.results</c> event for one
/// tenant's batch. The same transfer's result may arrive again in a later message (a status query,
/// or a bank that sent it twice under different event ids): handlers are idempotent per transfer id.
/// </summary>
public sealed record TransferResultsMessage(
    TenantId TenantId,
    string EventId,
    string BatchId,
    IReadOnlyList<TransferResult> Results);
