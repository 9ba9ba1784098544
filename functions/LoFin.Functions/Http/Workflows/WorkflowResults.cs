using LoFin.Functions.Problems;
using LoFin.Workflows.Runtime;

namespace LoFin.Functions.Http.Workflows;

/// <summary>How workflow outcomes read over HTTP: refusals are 409 (the instance's state says no), absence is 404.</summary>
public static class WorkflowResults
{
    public static IResult FromEvent(HttpContext context, string instanceId, RaiseEventResult result) => result.Outcome switch
    {
        null => NotFound(context, instanceId),
        DecisionOutcome.Applied => Results.Ok(new EventResponse(instanceId, "Applied", result.Duplicate, result.HistorySequence, result.Reason)),
        DecisionOutcome.Ignored => Results.Ok(new EventResponse(instanceId, "Ignored", result.Duplicate, result.HistorySequence, result.Reason)),
        _ => ProblemResults.Result(context, 409, "이 이벤트는 받아들여지지 않았습니다.", result.Reason),
    };

    public static IResult FromOperation(HttpContext context, string instanceId, WorkflowOperationResult result) => result.Outcome switch
    {
        WorkflowOperationOutcome.Done => Results.Ok(WorkflowSummary.From(result.Instance!)),
        WorkflowOperationOutcome.NotFound => NotFound(context, instanceId),
        _ => ProblemResults.Result(context, 409, "지금 상태에서는 할 수 없는 작업입니다.", result.Reason),
    };

    public static IResult NotFound(HttpContext context, string instanceId) =>
        ProblemResults.Result(context, 404, "워크플로 인스턴스를 찾을 수 없습니다.", $"'{instanceId}' 인스턴스가 없습니다.");

    public sealed record EventResponse(string InstanceId, string Outcome, bool Duplicate, long? HistorySequence, string? Reason);
}
