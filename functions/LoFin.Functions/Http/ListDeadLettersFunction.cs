using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;
using LoFin.Functions.Problems;
using LoFin.Functions.Security;

namespace LoFin.Functions.Http;

/// <summary>Operators: the messages of their government that failed five times.</summary>
public static class ListDeadLettersFunction
{
    public const string Name = "ListDeadLetters";

    public static RouteHandlerBuilder Map(IEndpointRouteBuilder app) =>
        app.MapGet("/api/tenants/{tenantId}/dead-letters", HandleAsync).WithName(Name).RequireAuthorization(Policies.Operator)
            .WithSummary("배달 실패 메시지 목록");

    private static async Task<IResult> HandleAsync(string tenantId, HttpContext context, IMessageQueue queue,
        int? pageSize, string? continuationToken, CancellationToken cancellationToken)
    {
        if (!PageSize.TryRead(context, pageSize, out var size, out var pageSizeProblem))
        {
            return pageSizeProblem!;
        }
        if (continuationToken is not null && !continuationToken.All(char.IsAsciiDigit))
        {
            return ProblemResults.Validation(context, "continuationToken", "이어보기 토큰이 올바르지 않습니다.");
        }
        var page = await queue.ListDeadLettersAsync(TenantId.Parse(tenantId), size, continuationToken, cancellationToken);
        return Results.Ok(new DeadLetterList(
            [.. page.Items.Select(d => new DeadLetterItem(d.MessageId, d.Queue, d.Attempts, d.LastError, d.EnqueuedAt, d.DeadLetteredAt))],
            page.ContinuationToken));
    }

    public sealed record DeadLetterItem(string MessageId, string Queue, int Attempts, string? LastError, DateTimeOffset EnqueuedAt, DateTimeOffset DeadLetteredAt);

    public sealed record DeadLetterList(IReadOnlyList<DeadLetterItem> Items, string? ContinuationToken);
}
