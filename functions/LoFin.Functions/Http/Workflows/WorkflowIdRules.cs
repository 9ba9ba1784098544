namespace LoFin.Functions.Http.Workflows;

/// <summary>What an instance id in a route may be: the store's id rules, short enough to show.</summary>
public static class WorkflowIdRules
{
    public const string Message = "인스턴스 ID는 1~128자의 영문, 숫자, '-', '_', '.', ':' 입니다.";

    public static bool IsValid(string instanceId) =>
        instanceId.Length is >= 1 and <= 128 && instanceId.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':');
}
