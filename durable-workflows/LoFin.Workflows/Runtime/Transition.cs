using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// One transition of one instance, built in memory and committed as one batch: the
/// instance (created, or replaced on its etag), the history records of the event and of
/// every effect, and the outbox messages for activities, timers and completion notices.
/// A transition that loses the etag race is thrown away and built again from a fresh read.
/// </summary>
internal sealed class Transition
{
    /// <summary>The timer that starts a Pending instance; only a Pending instance has it, so it cannot clash with a workflow's own timers.</summary>
    public const string ScheduledStartTimerId = "scheduled-start";

    private readonly TenantId _tenant;
    private readonly int _maxCommands;
    private readonly List<WorkflowHistoryRecord> _history = [];
    private readonly List<OutboxMessage> _messages = [];
    private readonly List<PendingTimer> _timers;
    private readonly List<PendingActivity> _activities;

    public Transition(TenantId tenant, WorkflowInstance instance, DateTimeOffset now, WorkflowCause cause, int maxCommands)
    {
        _tenant = tenant;
        _maxCommands = maxCommands;
        Instance = instance;
        Now = now;
        Cause = cause;
        _timers = [.. instance.PendingTimers];
        _activities = [.. instance.PendingActivities];
    }

    public WorkflowInstance Instance { get; private set; }

    public DateTimeOffset Now { get; }

    public WorkflowCause Cause { get; }

    public int HistoryCount => _history.Count;

    public WorkflowContext Context => new(_tenant, Instance.InstanceId, Instance.Generation, Now);

    /// <summary>Appends a history record with the transition's cause; returns its sequence.</summary>
    public long Record(WorkflowHistoryEventType eventType, string? name, object? data)
    {
        var sequence = Instance.LastSequence + 1;
        Instance = Instance with { LastSequence = sequence };
        _history.Add(new WorkflowHistoryRecord(Instance.InstanceId, Instance.Generation, sequence, Now, eventType, name, Cause, ToJson(data)));
        return sequence;
    }

    public bool RemoveTimer(string timerId, long sequence) =>
        _timers.RemoveAll(t => t.TimerId == timerId && t.Sequence == sequence) > 0;

    public PendingActivity? RemoveActivity(string activityId)
    {
        var index = _activities.FindIndex(a => a.ActivityId == activityId);
        if (index < 0)
        {
            return null;
        }
        var activity = _activities[index];
        _activities.RemoveAt(index);
        return activity;
    }

    public void SetState(JsonElement state) => Instance = Instance with { State = state };

    public void SetStatus(WorkflowStatus status) => Instance = Instance with { Status = status };

    /// <summary>
    /// Stores the decision's state and carries out its commands. Throws
    /// <see cref="InvalidWorkflowCommandException"/> for commands a correct workflow never
    /// issues; the engine then fails the instance instead.
    /// </summary>
    public void Apply(WorkflowDecision decision)
    {
        if (decision.Outcome != DecisionOutcome.Applied || decision.State is not { } state)
        {
            throw new InvalidOperationException("Only an applied decision changes an instance.");
        }
        Validate(decision.Commands);
        SetState(state);
        foreach (var command in decision.Commands)
        {
            switch (command)
            {
                case ScheduleActivity schedule:
                    AddActivity(schedule);
                    break;
                case StartTimer timer:
                    AddTimer(timer.TimerId, timer.DueAt);
                    break;
                case CancelTimer cancel:
                    CancelPendingTimer(cancel.TimerId);
                    break;
                case SetCustomStatus status:
                    Instance = Instance with { CustomStatus = ToJson(status.Status) };
                    break;
                case RecordNote note:
                    Record(WorkflowHistoryEventType.Note, note.Name, note.Data);
                    break;
                case CompleteWorkflow complete:
                    Finish(WorkflowStatus.Completed, ToJson(complete.Output), null, complete.Output);
                    break;
                case FailWorkflow fail:
                    Finish(WorkflowStatus.Failed, null, fail.Reason, new { reason = fail.Reason, details = fail.Details });
                    break;
                default:
                    throw new InvalidWorkflowCommandException($"Unknown command {command.GetType().Name}.");
            }
        }
    }

    public void AddTimer(string timerId, DateTimeOffset dueAt)
    {
        if (_timers.Any(t => t.TimerId == timerId))
        {
            throw new InvalidWorkflowCommandException($"Timer '{timerId}' is already pending; cancel it before starting it again.");
        }
        var sequence = Record(WorkflowHistoryEventType.TimerCreated, timerId, new { dueAt });
        _timers.Add(new PendingTimer(timerId, sequence, dueAt));
        _messages.Add(OutboxMessage.Create(WorkflowQueues.Timers, _tenant,
            new WorkflowTimerMessage(Instance.InstanceId, timerId, sequence, dueAt),
            correlationId: Instance.CorrelationId ?? Instance.InstanceId, notBefore: dueAt));
    }

    /// <summary>
    /// Ends the instance: the status, the output or reason, and the end of every pending
    /// timer and activity (their messages, when they arrive, change nothing). Whoever asked
    /// to hear about the end gets a notice in the same batch.
    /// </summary>
    public void Finish(WorkflowStatus status, JsonElement? output, string? reason, object? historyData)
    {
        if (!status.IsTerminal())
        {
            throw new ArgumentOutOfRangeException(nameof(status), "Finish needs a terminal status.");
        }
        var eventType = status switch
        {
            WorkflowStatus.Completed => WorkflowHistoryEventType.Completed,
            WorkflowStatus.Failed => WorkflowHistoryEventType.Failed,
            _ => WorkflowHistoryEventType.Terminated,
        };
        Record(eventType, null, historyData);
        _timers.Clear();
        _activities.Clear();
        Instance = Instance with { Status = status, Output = output, Reason = reason, CompletedAt = Now };

        if (Instance.CompletionQueue is null && Instance.Parent is null)
        {
            return;
        }
        var notice = new WorkflowCompletedNotice(Instance.InstanceId, Instance.WorkflowType, Instance.Generation, status,
            output, reason, Instance.CorrelationId, Now);
        var correlationId = Instance.CorrelationId ?? Instance.InstanceId;
        if (Instance.CompletionQueue is { } queue)
        {
            _messages.Add(OutboxMessage.Create(queue, _tenant, notice, correlationId: correlationId));
        }
        if (Instance.Parent is { } parent)
        {
            var eventId = ChildEndEventId(Instance.InstanceId, Instance.Generation);
            _messages.Add(OutboxMessage.Create(WorkflowQueues.Events, _tenant,
                new WorkflowEventMessage(parent.InstanceId, parent.EventName, eventId,
                    JsonSerializer.SerializeToElement(notice, DocumentJson.Options), WorkflowCause.Workflow(Instance.InstanceId)),
                correlationId: correlationId));
        }
    }

    /// <summary>
    /// The batch: the instance first (the engine recognises an etag conflict by operation
    /// index 0), then the history records and messages. <paramref name="ifMatchETag"/> null creates.
    /// </summary>
    public (TransactionalBatch Batch, WorkflowInstance Instance) ToBatch(string? ifMatchETag)
    {
        var instance = Instance with
        {
            Version = Instance.Version + 1,
            UpdatedAt = Now,
            PendingTimers = [.. _timers],
            PendingActivities = [.. _activities],
        };
        var batch = new TransactionalBatch(_tenant);
        var id = WorkflowDocumentIds.Instance(instance.InstanceId);
        if (ifMatchETag is null)
        {
            batch.Create(id, instance);
        }
        else
        {
            batch.Replace(id, instance, ifMatchETag);
        }
        foreach (var record in _history)
        {
            batch.Create(WorkflowDocumentIds.History(record.InstanceId, record.Sequence), record);
        }
        foreach (var message in _messages)
        {
            batch.Enqueue(message);
        }
        return (batch, instance);
    }

    public static JsonElement? ToJson(object? value) =>
        value switch
        {
            null => null,
            JsonElement { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
            JsonElement element => element,
            _ => JsonSerializer.SerializeToElement(value, value.GetType(), DocumentJson.Options),
        };

    /// <summary>The parent's event id for a child's end: unique per child run, within the id limit.</summary>
    public static string ChildEndEventId(string childInstanceId, int generation)
    {
        var id = $"child-end-{generation}-{childInstanceId}";
        return WorkflowIds.IsValid(id)
            ? id
            : $"child-end-{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(id)))}";
    }

    private void AddActivity(ScheduleActivity schedule)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(schedule.Name);
        var input = ToJson(schedule.Input);
        var sequence = Instance.LastSequence + 1;
        var activityId = WorkflowIds.ActivityId(Instance.InstanceId, sequence);
        Record(WorkflowHistoryEventType.ActivityScheduled, schedule.Name, new { activityId, tag = schedule.Tag, input });
        _activities.Add(new PendingActivity(activityId, schedule.Name, schedule.Tag, sequence, Now));
        _messages.Add(OutboxMessage.Create(WorkflowQueues.Activities, _tenant,
            new WorkflowActivityMessage(Instance.InstanceId, activityId, schedule.Name, schedule.Tag, sequence, input),
            correlationId: Instance.CorrelationId ?? Instance.InstanceId));
    }

    private void CancelPendingTimer(string timerId)
    {
        if (_timers.RemoveAll(t => t.TimerId == timerId) > 0)
        {
            Record(WorkflowHistoryEventType.TimerCancelled, timerId, null);
        }
    }

    private void Validate(IReadOnlyList<WorkflowCommand> commands)
    {
        if (commands.Count > _maxCommands)
        {
            throw new InvalidWorkflowCommandException($"A decision issued {commands.Count} commands; at most {_maxCommands} fit in one transition.");
        }
        for (var i = 0; i < commands.Count; i++)
        {
            switch (commands[i])
            {
                case CompleteWorkflow or FailWorkflow when i != commands.Count - 1:
                    throw new InvalidWorkflowCommandException("Complete and Fail end the instance, so they must be the last command.");
                case CompleteWorkflow or FailWorkflow when commands.Any(c => c is ScheduleActivity or StartTimer):
                    throw new InvalidWorkflowCommandException("A decision that ends the instance cannot schedule activities or timers: nobody would receive their results.");
                case StartTimer timer when !WorkflowIds.IsValid(timer.TimerId):
                    throw new InvalidWorkflowCommandException($"Timer id '{timer.TimerId}' is not a valid id.");
                case null:
                    throw new InvalidWorkflowCommandException("A decision issued a null command.");
            }
        }
    }
}
