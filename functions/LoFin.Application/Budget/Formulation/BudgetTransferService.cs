using LoFin.Application.Budget.Structure;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Application.Validation;
using LoFin.Domain.Budget.Formulation;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Formulation;

/// <summary>
/// 전용 between lines of the adopted budget. The request is stored first (client-made id, so a
/// retry finds it); the caller then starts its approval line, whose end comes back through
/// <see cref="CompleteAsync"/>: an approval enqueues <see cref="BudgetTransferApproved"/> in the
/// batch that marks the request approved.
/// </summary>
public sealed class BudgetTransferService(BudgetStore budgets, TimeProvider clock)
{
    public const int MaxReasonLength = 500;

    public static bool IsValidTransferId(string? id) =>
        id is { Length: >= 1 and <= 64 } && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_');

    /// <summary>Stores the request (or finds the same one stored before); false in the flag when it already existed.</summary>
    public async Task<(BudgetTransferView Transfer, bool Created)> RequestAsync(TenantId tenant, int fiscalYear, TransferRequest request, string userId,
        string approvalInstanceId, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        if (!IsValidTransferId(request.TransferId))
        {
            errors["transferId"] = ["전용 ID는 1~64자의 영문, 숫자, '-', '_' 입니다."];
        }
        if (string.IsNullOrWhiteSpace(request.Reason) || request.Reason.Length > MaxReasonLength)
        {
            errors["reason"] = [$"전용 사유를 1~{MaxReasonLength}자로 입력하세요."];
        }
        if (request.From.FiscalYear != fiscalYear)
        {
            errors["fromLineKey"] = [$"예산 과목의 회계연도가 {fiscalYear}년이 아닙니다."];
        }
        if (TransferMustStayWithinAccount.Check(request.From, request.To) is { } crossing)
        {
            errors["toLineKey"] = [crossing];
        }
        if (errors.Count > 0)
        {
            throw new RequestValidationException(errors);
        }
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var adoptedNumber = year.Body.LatestAdoptedNumber
            ?? throw new BudgetRefusedException(BudgetRefusal.Conflict, "의결된 예산이 없어 전용할 수 없습니다.");
        var candidate = new BudgetTransferDocument(fiscalYear, request.TransferId, request.From.ToString(), request.To.ToString(), request.AmountWon,
            request.Reason.Trim(), TransferStatus.PendingApproval, userId, clock.GetUtcNow(), adoptedNumber, approvalInstanceId, null);
        var id = BudgetDocumentIds.Transfer(request.TransferId);
        if (await budgets.Documents.ReadAsync<BudgetTransferDocument>(tenant, id, cancellationToken) is { } existing)
        {
            return existing.Body.SameRequestAs(candidate)
                ? (BudgetTransferView.From(existing.Body), false)
                : throw new BudgetRefusedException(BudgetRefusal.Conflict, "같은 전용 ID의 다른 요청이 이미 있습니다. 다른 ID를 쓰세요.");
        }
        var adopted = await budgets.RequireVersionAsync(tenant, fiscalYear, adoptedNumber, cancellationToken);
        var from = await budgets.Documents.ReadAsync<BudgetLineDocument>(tenant, BudgetDocumentIds.Line(adopted.Body.LineSetId, request.From), cancellationToken)
            ?? throw new RequestValidationException("fromLineKey", $"예산 과목 {request.From}이(가) 의결된 예산에 없습니다.");
        if (await budgets.Documents.ReadAsync<BudgetLineDocument>(tenant, BudgetDocumentIds.Line(adopted.Body.LineSetId, request.To), cancellationToken) is null)
        {
            throw new RequestValidationException("toLineKey", $"예산 과목 {request.To}이(가) 의결된 예산에 없습니다.");
        }
        var available = from.Body.FinalWon + await SumAsync(tenant, "toLineKey", candidate.FromLineKey, approvedOnly: true, cancellationToken)
            - await SumAsync(tenant, "fromLineKey", candidate.FromLineKey, approvedOnly: false, cancellationToken);
        if (TransferMustNotExceedSourceBudget.Check(request.AmountWon, available) is { } exceeds)
        {
            throw new RequestValidationException("amountWon", exceeds);
        }
        try
        {
            await budgets.Documents.CreateAsync(tenant, id, candidate, cancellationToken);
        }
        catch (DocumentConflictException)
        {
            return await RequestAsync(tenant, fiscalYear, request, userId, approvalInstanceId, cancellationToken);
        }
        return (BudgetTransferView.From(candidate), true);
    }

    public async Task<BudgetTransferView?> GetAsync(TenantId tenant, string transferId, CancellationToken cancellationToken) =>
        IsValidTransferId(transferId) && await budgets.Documents.ReadAsync<BudgetTransferDocument>(tenant, BudgetDocumentIds.Transfer(transferId), cancellationToken) is { } found
            ? BudgetTransferView.From(found.Body)
            : null;

    /// <summary>
    /// Records how the approval line ended. A decided request stays as it is (a redelivered notice
    /// changes nothing); an approval enqueues the message in the same batch, with the inbox mark
    /// of the delivery when a queue function calls.
    /// </summary>
    public async Task<BudgetTransferView?> CompleteAsync(TenantId tenant, string transferId, TransferDecision decision, MessageContext? message, CancellationToken cancellationToken)
    {
        var id = BudgetDocumentIds.Transfer(transferId);
        var transfer = await budgets.Documents.ReadAsync<BudgetTransferDocument>(tenant, id, cancellationToken);
        if (transfer is null || transfer.Body.Status != TransferStatus.PendingApproval)
        {
            return transfer is null ? null : BudgetTransferView.From(transfer.Body);
        }
        var now = clock.GetUtcNow();
        var decided = transfer.Body with
        {
            Status = decision switch
            {
                TransferDecision.Approved => TransferStatus.Approved,
                TransferDecision.Rejected => TransferStatus.Rejected,
                _ => TransferStatus.Withdrawn,
            },
            DecidedAt = now,
        };
        var batch = new TransactionalBatch(tenant).Replace(id, decided, transfer.ETag);
        if (decided.Status == TransferStatus.Approved)
        {
            batch.Enqueue(OutboxMessage.Create(BudgetMessages.TransferApproved, tenant,
                new BudgetTransferApproved(tenant, decided.FiscalYear, decided.TransferId, decided.FromLineKey, decided.ToLineKey, decided.AmountWon, now),
                BudgetMessages.TransferApprovedMessageId(tenant, transferId), correlationId: transferId));
        }
        message?.MarkHandled(batch, now);
        await budgets.Documents.ExecuteBatchAsync(batch, cancellationToken);
        return BudgetTransferView.From(decided);
    }

    private async Task<long> SumAsync(TenantId tenant, string property, string lineKey, bool approvedOnly, CancellationToken cancellationToken)
    {
        long sum = 0;
        string? continuation = null;
        do
        {
            var query = new DocumentQuery { PageSize = DocumentLimits.MaxPageSize, ContinuationToken = continuation }.WhereEqual(property, lineKey);
            var page = await budgets.Documents.QueryAsync<BudgetTransferDocument>(tenant, query, cancellationToken);
            sum += page.Items.Where(t => t.Body.Status == TransferStatus.Approved || (!approvedOnly && t.Body.Status == TransferStatus.PendingApproval))
                .Sum(t => t.Body.AmountWon);
            continuation = page.ContinuationToken;
        }
        while (continuation is not null);
        return sum;
    }
}
