using System.Globalization;
using System.Text.Json;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// The runtime's sentences that can reach an operator or an official (start, raise-event,
/// terminate and restart results, the history, a failed instance's reason), in Korean like
/// the rest of the UI. Exceptions that only a programmer sees (bad API use, wiring bugs)
/// keep their English messages and are not here. Sentences are built so that every
/// particle follows a fixed word, never an id or a name.
/// </summary>
internal static class WorkflowMessages
{
    public const string NotStartedYet = "워크플로 인스턴스가 아직 시작되지 않아 이벤트를 반영하지 않았습니다.";

    public static string UnknownWorkflowType(string workflowType, IEnumerable<string> known) =>
        $"등록되지 않은 워크플로 유형입니다: '{workflowType}'. 등록된 유형: {string.Join(", ", known)}.";

    public static string InstanceNotFound(string instanceId) => $"워크플로 인스턴스를 찾을 수 없습니다: '{instanceId}'.";

    public static string ExistsWithAnotherTypeOrInput(string instanceId) =>
        $"ID가 '{instanceId}'인 워크플로 인스턴스가 다른 유형이나 입력으로 이미 있습니다.";

    public static string EventTooLate(WorkflowStatus status) =>
        $"이미 {Described(status)} 워크플로 인스턴스여서 이벤트를 반영하지 않았습니다.";

    public static string CannotTerminate(WorkflowStatus status) =>
        $"{Described(status)} 워크플로 인스턴스는 중단할 수 없습니다. 시작 대기 중이거나 실행 중인 인스턴스만 중단할 수 있습니다.";

    public static string CannotRestart(WorkflowStatus status) =>
        $"{Described(status)} 워크플로 인스턴스는 다시 시작할 수 없습니다. 실패했거나 중단된 인스턴스만 다시 시작할 수 있습니다.";

    public static string RestartRefused(string? reason) => $"처음 입력으로 워크플로를 다시 시작할 수 없습니다. {reason}";

    public static string ScheduledStartRefused(string? reason) => $"예약된 시각에 워크플로를 시작하지 못했습니다. {reason}";

    /// <summary><paramref name="crash"/> is the exception's type and message, for whoever fixes the code.</summary>
    public static string WorkflowCodeThrew(string crash) => $"워크플로 코드에서 예외가 발생하여 인스턴스가 실패했습니다: {crash}";

    public static string InvalidCommand(string detail) => $"워크플로가 잘못된 명령을 내려 인스턴스가 실패했습니다: {detail}";

    public static string EventNeedsPayload(string eventName) => $"'{eventName}' 이벤트에는 내용(payload)이 있어야 합니다.";

    public static string InvalidEventPayload(string eventName, Type expected, JsonException error) =>
        $"'{eventName}' 이벤트의 내용이 {expected.Name} 형식에 맞지 않습니다{Where(error)}.";

    public static string InputNeeded(string workflowName) => $"'{workflowName}' 워크플로를 시작하려면 입력이 있어야 합니다.";

    public static string InvalidInput(string workflowName, Type expected, JsonException error) =>
        $"'{workflowName}' 워크플로의 입력이 {expected.Name} 형식에 맞지 않습니다{Where(error)}.";

    public static string InvalidActivityInput(string activityName, Type expected, JsonException error) =>
        $"'{activityName}' 작업의 입력이 {expected.Name} 형식에 맞지 않습니다{Where(error)}.";

    public static string ActivityNotRegistered(string activityName) => $"등록되지 않은 작업입니다: '{activityName}'.";

    public static string ConcurrencyExhausted(string instanceId, int attempts) =>
        string.Create(CultureInfo.InvariantCulture,
            $"워크플로 인스턴스 '{instanceId}'에 다른 처리가 {attempts}번 연속으로 먼저 반영되어 변경하지 못했습니다. 잠시 후 다시 시도해 주십시오.");

    /// <summary>The status as a Korean modifier: "완료된", "실행 중인".</summary>
    public static string Described(WorkflowStatus status) => status switch
    {
        WorkflowStatus.Pending => "시작 대기 중인",
        WorkflowStatus.Running => "실행 중인",
        WorkflowStatus.Completed => "완료된",
        WorkflowStatus.Failed => "실패한",
        WorkflowStatus.Terminated => "중단된",
        _ => status.ToString(),
    };

    /// <summary>The field that did not fit, e.g. "(항목: $.amount)": the JSON reader's own wording stays in the inner exception.</summary>
    private static string Where(JsonException error) =>
        string.IsNullOrEmpty(error.Path) ? string.Empty : $"(항목: {error.Path})";
}
