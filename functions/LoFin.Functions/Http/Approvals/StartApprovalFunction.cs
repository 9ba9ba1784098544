using LoFin.Application.Security;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Approvals;

/// <summary>
/// 기안: the signed-in official drafts a general document and sends it along an approval line
/// of officials of the same government. The client makes the document id; sending the same
/// draft again returns the line already started, never a second one.
/// </summary>
public static class StartApprovalFunction
{
    public const string Name = "StartApproval";
    public const string DocumentKind = "general";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/approvals", HandleAsync).WithName(Name).RequireAuthorization(Policies.Official)
            .WithSummary("기안: 결재선에 문서 상신");

    private static async Task<IResult> HandleAsync(string tenantId, StartApprovalRequest request, HttpContext context,
        OfficialDirectory officials, WorkflowClient workflows, CancellationToken cancellationToken)
    {
        var tenant = TenantId.Parse(tenantId);
        var errors = new Dictionary<string, string[]>();
        if (request.DocumentId is not { Length: >= 1 and <= 64 } documentId || !documentId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_'))
        {
            errors["documentId"] = ["문서 ID는 1~64자의 영문, 숫자, '-', '_' 입니다."];
        }
        if (string.IsNullOrWhiteSpace(request.Title) || request.Title.Length > 200)
        {
            errors["title"] = ["제목을 200자 이내로 입력하세요."];
        }
        if (request.AmountWon is null or < 0)
        {
            errors["amountWon"] = ["금액(원)은 0 이상의 정수입니다."];
        }
        if (errors.Count > 0)
        {
            return ProblemResults.Result(context, 400, "입력값이 올바르지 않습니다.", "표시된 항목을 확인하세요.", errors);
        }

        var user = CurrentUser.From(context.User)!;
        var (line, problem) = await ApprovalLines.ResolveAsync(context, tenant, user.UserId, request.Line, officials, cancellationToken);
        if (line is null)
        {
            return problem!;
        }

        var input = new ApprovalLineInput(new ApprovalDocument(DocumentKind, request.DocumentId!, request.Title!.Trim(), request.AmountWon!.Value), line.Drafter, line.Members);
        var result = await workflows.StartAsync(tenant, ApprovalLineWorkflow.WorkflowName, input, InstanceId(request.DocumentId!),
            WorkflowCause.User(user.UserId), cancellationToken: cancellationToken);
        return result.Outcome switch
        {
            WorkflowStartOutcome.Started => Results.Created($"/api/tenants/{tenantId}/approvals/{result.Instance!.InstanceId}", ApprovalView.From(result.Instance)),
            WorkflowStartOutcome.AlreadyExists when ApprovalView.From(result.Instance!).DrafterUserId == user.UserId => Results.Ok(ApprovalView.From(result.Instance!)),
            WorkflowStartOutcome.Refused => ProblemResults.Result(context, 422, "결재선을 시작할 수 없습니다.", result.Reason),
            _ => ProblemResults.Result(context, 409, "같은 문서 ID의 결재가 이미 있습니다.", "다른 문서 ID로 기안하세요."),
        };
    }

    public static string InstanceId(string documentId) => $"approval-{DocumentKind}-{documentId}";

    public sealed record StartApprovalRequest(string? DocumentId, string? Title, long? AmountWon, IReadOnlyList<string?>? Line);
}
