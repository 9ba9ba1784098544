using LoFin.Application.Budget.Execution;
using LoFin.Application.Documents;
using LoFin.Domain.Ledger;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>
/// 과목별 원장: a line's operations in the order the ledger applied them, refusals included, each
/// with the journal entry (분개) it posted — where an official sees a payment's Dr 미지급금 / Cr 현금.
/// </summary>
public static class ListLineJournalFunction
{
    public const string Name = "ListLineJournal";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/journal"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("예산과목별 원장과 분개");

    private static async Task<IResult> HandleAsync(string tenantId, string? lineKey, int? pageSize, string? continuationToken,
        HttpContext context, IDocumentStore store, CancellationToken cancellationToken)
    {
        if (!BudgetHttp.TryLineKey(context, "lineKey", lineKey, out var line, out var problem) || !PageSize.TryRead(context, pageSize, out var size, out problem))
        {
            return problem!;
        }
        var query = new DocumentQuery { IdPrefix = BudgetLineIds.LogPrefix(line), PageSize = size, ContinuationToken = continuationToken };
        return await ExecutionLists.PageAsync<LineOperationDocument, JournalRow>(context, store, TenantId.Parse(tenantId), query, JournalRow.From, cancellationToken);
    }

    public sealed record JournalRow(long Sequence, string Kind, string OperationId, string? TargetId, long AmountWon, string? RefusalMessage,
        DateTimeOffset RecordedAt, string? RecordedBy, IReadOnlyList<JournalLineView> Journal)
    {
        public static JournalRow From(LineOperationDocument op) => new(op.Sequence, op.Operation.Kind.ToString(), op.Operation.Id, op.Operation.TargetId,
            op.Operation.AmountWon, op.RefusalMessage, op.RecordedAt, op.RecordedBy,
            op.Journal is null ? [] : [.. op.Journal.Lines.Select(l => new JournalLineView(l.LedgerAccountCode,
                ChartOfAccounts.TryFind(l.LedgerAccountCode, out var account) ? account.Name : l.LedgerAccountCode, l.Side.ToString(), l.AmountWon))]);
    }

    public sealed record JournalLineView(string LedgerAccountCode, string LedgerAccountName, string Side, long AmountWon);
}
