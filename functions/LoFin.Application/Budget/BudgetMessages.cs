using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget;

/// <summary>
/// The messages budget formulation sends to execution. The queue name is the message type.
/// Each is enqueued in the same transactional batch as the state change it announces, with a
/// message id derived from that change, so a retried adoption or approval never sends twice.
/// </summary>
public static class BudgetMessages
{
    /// <summary>A version (본예산 or 추경) was adopted: payload <see cref="BudgetVersionAdopted"/>, split in parts.</summary>
    public const string VersionAdopted = "budget.version-adopted";

    /// <summary>A 전용 was approved on its approval line: payload <see cref="BudgetTransferApproved"/>.</summary>
    public const string TransferApproved = "budget.transfer-approved";

    /// <summary>
    /// Lines per part of <see cref="BudgetVersionAdopted"/>: a line is about 70 bytes of JSON, so a
    /// part stays near 140 KB, under the 256 KB message limit (Service Bus standard tier).
    /// </summary>
    public const int AdoptedLinesPerPart = 2_000;

    public static string VersionAdoptedMessageId(TenantId tenant, string versionId, int part) => $"budget-adopted-{tenant.Value}-{versionId}-p{part}";

    public static string TransferApprovedMessageId(TenantId tenant, string transferId) => $"budget-transfer-approved-{tenant.Value}-{transferId}";
}

/// <summary>
/// A version was adopted: for every expenditure line of the version, its whole amount in that
/// version (예산현액 before 이월 and 전용). A handler sets each line's budget to
/// <see cref="AdoptedLineAmount.BudgetWon"/> — it is the new total, not a delta — so applying a
/// part twice, or an older version after a newer one is refused by <see cref="VersionNumber"/>.
/// Lines of the previous version missing here were removed (budget 0). Large budgets come in
/// <see cref="PartCount"/> parts numbered from 1; each part stands alone.
/// </summary>
public sealed record BudgetVersionAdopted(
    TenantId TenantId,
    int FiscalYear,
    string VersionId,
    int VersionNumber,
    string VersionKind,
    int Part,
    int PartCount,
    int TotalLineCount,
    DateTimeOffset AdoptedAt,
    IReadOnlyList<AdoptedLineAmount> Lines);

/// <summary>One line of an adopted version: the <c>BudgetLineKey</c> text and the version's total for it.</summary>
public sealed record AdoptedLineAmount(string LineKey, long BudgetWon);

/// <summary>
/// An approved 전용: move <see cref="AmountWon"/> of budget from one line to another (same 회계
/// and year). <see cref="TransferId"/> is the client-made id, unique per tenant, for idempotency.
/// </summary>
public sealed record BudgetTransferApproved(
    TenantId TenantId,
    int FiscalYear,
    string TransferId,
    string FromLineKey,
    string ToLineKey,
    long AmountWon,
    DateTimeOffset ApprovedAt);
