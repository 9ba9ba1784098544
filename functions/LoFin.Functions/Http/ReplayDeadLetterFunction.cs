using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http;

/// <summary>Operators: put a dead letter back on its queue for another five tries.</summary>
public static class ReplayDeadLetterFunction
{
    public const string Name = "ReplayDeadLetter";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapPost("/api/tenants/{tenantId}/dead-letters/{messageId}/replay", HandleAsync).WithName(Name).RequireAuthorization(Policies.Operator)
            .WithSummary("배달 실패 메시지 재처리");

    private static async Task<IResult> HandleAsync(string tenantId, string messageId, HttpContext context, IMessageQueue queue, CancellationToken cancellationToken)
    {
        if (messageId.Length is 0 or > 128)
        {
            return ProblemResults.Validation(context, "messageId", "메시지 ID가 올바르지 않습니다.");
        }
        var replayed = await queue.ReplayDeadLetterAsync(TenantId.Parse(tenantId), messageId, cancellationToken);
        return replayed
            ? Results.Accepted(value: new { messageId, status = "Replayed" })
            : ProblemResults.Result(context, 404, "배달 실패 메시지를 찾을 수 없습니다.", $"'{messageId}'은(는) 이 지방자치단체의 배달 실패 메시지가 아니거나 이미 재처리되었습니다.");
    }
}
