using LoFin.Application.Documents;
using LoFin.Application.Execution.Commitments;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http.Execution;

/// <summary>One commitment with where it stands in the ledger: posted, released, resolved, refunded, what is left.</summary>
public static class GetCommitmentFunction
{
    public const string Name = "GetCommitment";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet(ExecutionHttp.Route("/commitments/{commitmentId}"), HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("지출원인행위 상세 (집행 현황 포함)");

    private static async Task<IResult> HandleAsync(string tenantId, string commitmentId, HttpContext context, IDocumentStore store,
        CommitmentService commitments, CancellationToken cancellationToken)
    {
        var tenant = TenantId.Parse(tenantId);
        var stored = commitmentId.Length is > 0 and <= 64
            ? await store.ReadAsync<CommitmentDocument>(tenant, CommitmentDocument.IdFor(commitmentId), cancellationToken)
            : null;
        if (stored is null)
        {
            return ProblemResults.Result(context, 404, "지출원인행위를 찾을 수 없습니다.", $"'{commitmentId}'은(는) 없는 원인행위입니다.");
        }
        var view = await commitments.ReadLedgerViewAsync(tenant, stored.Body, cancellationToken);
        return Results.Ok(new CommitmentDetail(stored.Body, view is { } held
            ? new CommitmentLedgerFigures(held.Status.ToString(), held.RequestedWon, held.PostedWon, held.ReducedWon, held.ResolvedWon, held.RefundedWon, held.UnresolvedWon)
            : null));
    }

    public sealed record CommitmentDetail(CommitmentDocument Commitment, CommitmentLedgerFigures? Ledger);

    public sealed record CommitmentLedgerFigures(string Status, long RequestedWon, long PostedWon, long ReducedWon, long ResolvedWon, long RefundedWon, long UnresolvedWon);
}
