using System.Text.Json;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Application.Observability;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.Logging;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// Applies one event to one instance: read the instance, let its workflow decide, commit
/// the new instance with its history and messages in one batch conditional on the etag.
/// When another transition commits first, the event is decided again on the fresh state
/// (bounded), so each event makes exactly one transition. Workflow code that throws
/// fails the instance (as in Durable Functions); a payload that does not fit is refused.
/// </summary>
internal sealed class WorkflowEngine(
    IDocumentStore store,
    WorkflowRegistry workflows,
    TimeProvider clock,
    WorkflowOptions options,
    ILogger<WorkflowEngine> logger)
{
    private static readonly JsonElement NoPayload = JsonSerializer.SerializeToElement<object?>(null);

    private readonly InstanceLocks _locks = new();

    public async Task<WorkflowStartResult> StartAsync(TenantId tenant, string workflowType, JsonElement input, string instanceId,
        WorkflowStartOptions startOptions, WorkflowCause cause, CancellationToken cancellationToken)
    {
        using var scope = Scope(tenant, instanceId);
        if (!workflows.TryGet(workflowType, out var workflow))
        {
            return new WorkflowStartResult(WorkflowStartOutcome.Refused, null,
                WorkflowMessages.UnknownWorkflowType(workflowType, workflows.Names));
        }
        var documentId = WorkflowDocumentIds.Instance(instanceId);
        if (await store.ReadAsync<WorkflowInstance>(tenant, documentId, cancellationToken) is { } existing)
        {
            return Existing(tenant, existing.Body, workflowType, input);
        }

        var now = clock.GetUtcNow();
        var instance = new WorkflowInstance
        {
            InstanceId = instanceId,
            WorkflowType = workflowType,
            Status = WorkflowStatus.Running,
            Input = input,
            CreatedAt = now,
            CreatedAtMs = now.ToUnixTimeMilliseconds(),
            UpdatedAt = now,
            Generation = 1,
            Version = 0,
            LastSequence = 0,
            PendingTimers = [],
            PendingActivities = [],
            StartedBy = cause,
            CompletionQueue = startOptions.CompletionQueue,
            Parent = startOptions.Parent,
            CorrelationId = startOptions.CorrelationId,
        };
        var context = new WorkflowContext(tenant, instanceId, 1, now);
        var attempt = Decide(() => workflow.Start(input, context), instanceId);
        if (attempt.Crash is null && attempt.Decision!.Outcome != DecisionOutcome.Applied)
        {
            return new WorkflowStartResult(WorkflowStartOutcome.Refused, null, attempt.Decision.Reason);
        }

        Transition transition;
        if (startOptions.StartAt is { } startAt && startAt > now)
        {
            // The decision above only checked the input; the real start decides at the start time.
            transition = new Transition(tenant, instance with { Status = WorkflowStatus.Pending, ScheduledStartAt = startAt }, now, cause, options.MaxCommandsPerDecision);
            transition.Record(WorkflowHistoryEventType.StartScheduled, workflowType, new { startAt, input });
            transition.AddTimer(Transition.ScheduledStartTimerId, startAt);
        }
        else
        {
            transition = Carry(() =>
            {
                var started = new Transition(tenant, instance, now, cause, options.MaxCommandsPerDecision);
                started.Record(WorkflowHistoryEventType.Started, workflowType, new { input });
                return started;
            }, attempt, instanceId);
        }

        var (batch, created) = transition.ToBatch(ifMatchETag: null);
        try
        {
            await store.ExecuteBatchAsync(batch, cancellationToken);
        }
        catch (TransactionalBatchFailedException ex) when (ex.FailedOperationIndex == 0 && ex.Cause is DocumentConflictException)
        {
            // Two starts with one id raced; the other one's instance stands.
            var winner = await store.ReadAsync<WorkflowInstance>(tenant, documentId, cancellationToken)
                ?? throw new InvalidOperationException($"Instance '{instanceId}' conflicted on create but cannot be read.", ex);
            return Existing(tenant, winner.Body, workflowType, input);
        }
        CountTransition(batch);
        logger.LogInformation("Workflow {WorkflowType} instance {InstanceId} started ({Status}).", workflowType, instanceId, created.Status);
        return new WorkflowStartResult(WorkflowStartOutcome.Started, WorkflowInstanceView.From(tenant, created), created.Reason);
    }

    public async Task<RaiseEventResult> RaiseEventAsync(TenantId tenant, string instanceId, string eventName, string eventId,
        JsonElement? payload, WorkflowCause cause, CancellationToken cancellationToken)
    {
        using var scope = Scope(tenant, instanceId);
        var receiptId = WorkflowDocumentIds.EventReceipt(instanceId, eventId);
        if (await store.ReadAsync<WorkflowEventReceipt>(tenant, receiptId, cancellationToken) is { } receipt)
        {
            return Duplicate(receipt.Body);
        }
        var raised = new ExternalEventRaised(eventName, eventId, payload ?? NoPayload, cause);
        try
        {
            return await TransitionAsync(tenant, instanceId, (document, now) =>
            {
                if (document is null)
                {
                    return (null, RaiseEventResult.NotFound(instanceId));
                }
                var instance = document.Body;
                var attempt = instance.Status == WorkflowStatus.Running
                    ? Decide(() => workflows.Get(instance.WorkflowType).Apply(instance.State!.Value, raised, ContextOf(tenant, instance, now)), instanceId)
                    : new DecisionAttempt(WorkflowDecision.Ignored(instance.Status == WorkflowStatus.Pending
                        ? WorkflowMessages.NotStartedYet
                        : WorkflowMessages.EventTooLate(instance.Status)), null);
                var outcome = attempt.Outcome;
                var reason = attempt.Crash ?? attempt.Decision!.Reason;
                long sequence = 0;
                var transition = Carry(() =>
                {
                    var t = new Transition(tenant, instance, now, cause, options.MaxCommandsPerDecision);
                    var recordType = outcome switch
                    {
                        DecisionOutcome.Applied => WorkflowHistoryEventType.EventRaised,
                        DecisionOutcome.Ignored => WorkflowHistoryEventType.EventIgnored,
                        _ => WorkflowHistoryEventType.EventRefused,
                    };
                    sequence = t.Record(recordType, eventName, new { eventId, payload = raised.Payload, reason });
                    return t;
                }, attempt, instanceId);
                var (batch, _) = transition.ToBatch(document.ETag);
                batch.Create(receiptId, new WorkflowEventReceipt(instanceId, eventId, eventName, outcome, reason, sequence, instance.Generation, now));
                return (batch, new RaiseEventResult(outcome, false, reason, sequence));
            }, cancellationToken);
        }
        catch (TransactionalBatchFailedException ex) when (ex.Cause is DocumentConflictException conflict && conflict.DocumentId == receiptId)
        {
            // The same event id raced with itself; the one that committed first is the answer.
            var winner = await store.ReadAsync<WorkflowEventReceipt>(tenant, receiptId, cancellationToken)
                ?? throw new InvalidOperationException($"Receipt '{receiptId}' conflicted on create but cannot be read.", ex);
            return Duplicate(winner.Body);
        }
    }

    /// <summary>Delivers a timer message. A timer no longer pending (cancelled, or the instance ended) changes nothing.</summary>
    public async Task DeliverTimerAsync(TenantId tenant, WorkflowTimerMessage timer, MessageContext message, CancellationToken cancellationToken)
    {
        using var scope = Scope(tenant, timer.InstanceId);
        await TransitionAsync(tenant, timer.InstanceId, (document, now) =>
        {
            if (document?.Body is not { } instance
                || instance.Status.IsTerminal()
                || !instance.PendingTimers.Any(t => t.TimerId == timer.TimerId && t.Sequence == timer.Sequence))
            {
                logger.LogDebug("Timer {TimerId} of {InstanceId} is no longer pending; dropped.", timer.TimerId, timer.InstanceId);
                return (null, false);
            }
            var cause = WorkflowCause.Timer(timer.TimerId, message.MessageId);
            var transition = instance.Status == WorkflowStatus.Pending
                ? StartScheduled(tenant, instance, timer, now, cause)
                : FireTimer(tenant, instance, timer, now, cause);
            var (batch, _) = transition.ToBatch(document.ETag);
            message.MarkHandled(batch, now);
            return (batch, true);
        }, cancellationToken);
    }

    /// <summary>Delivers an activity's result. A result for an activity no longer pending (the instance ended) changes nothing.</summary>
    public async Task DeliverActivityResultAsync(TenantId tenant, string instanceId, WorkflowEvent result, MessageContext message, CancellationToken cancellationToken)
    {
        (string ActivityId, string Name, WorkflowHistoryEventType RecordType, object Data) described = result switch
        {
            ActivityCompleted completed => (completed.ActivityId, completed.Name, WorkflowHistoryEventType.ActivityCompleted,
                new { activityId = completed.ActivityId, tag = completed.Tag, output = completed.Output }),
            ActivityFailed failed => (failed.ActivityId, failed.Name, WorkflowHistoryEventType.ActivityFailed,
                new { activityId = failed.ActivityId, tag = failed.Tag, error = failed.Error, attempts = failed.Attempts }),
            _ => throw new ArgumentException("Only an activity result can be delivered here.", nameof(result)),
        };
        var (activityId, name, recordType, data) = described;
        using var scope = Scope(tenant, instanceId);
        await TransitionAsync(tenant, instanceId, (document, now) =>
        {
            if (document?.Body is not { Status: WorkflowStatus.Running } instance
                || !instance.PendingActivities.Any(a => a.ActivityId == activityId))
            {
                logger.LogDebug("Activity {ActivityId} is no longer pending; its result is dropped.", activityId);
                return (null, false);
            }
            var attempt = Decide(() => workflows.Get(instance.WorkflowType).Apply(instance.State!.Value, result, ContextOf(tenant, instance, now)), instanceId);
            var transition = Carry(() =>
            {
                var t = new Transition(tenant, instance, now, result.Cause, options.MaxCommandsPerDecision);
                t.RemoveActivity(activityId);
                t.Record(recordType, name, data);
                RecordNotApplied(t, attempt, name);
                return t;
            }, attempt, instanceId);
            var (batch, _) = transition.ToBatch(document.ETag);
            message.MarkHandled(batch, now);
            return (batch, true);
        }, cancellationToken);
    }

    public async Task<WorkflowOperationResult> TerminateAsync(TenantId tenant, string instanceId, string reason, WorkflowCause cause, CancellationToken cancellationToken)
    {
        using var scope = Scope(tenant, instanceId);
        return await TransitionAsync(tenant, instanceId, (document, now) =>
        {
            if (document is null)
            {
                return (null, new WorkflowOperationResult(WorkflowOperationOutcome.NotFound, null, WorkflowMessages.InstanceNotFound(instanceId)));
            }
            var instance = document.Body;
            switch (instance.Status)
            {
                case WorkflowStatus.Terminated:
                    // Terminating twice is the same request repeated: the first one's result stands.
                    return (null, new WorkflowOperationResult(WorkflowOperationOutcome.Done, WorkflowInstanceView.From(tenant, instance), instance.Reason));
                case WorkflowStatus.Completed or WorkflowStatus.Failed:
                    return (null, new WorkflowOperationResult(WorkflowOperationOutcome.NotAllowed, WorkflowInstanceView.From(tenant, instance),
                        WorkflowMessages.CannotTerminate(instance.Status)));
            }
            var transition = new Transition(tenant, instance, now, cause, options.MaxCommandsPerDecision);
            transition.Finish(WorkflowStatus.Terminated, null, reason, new { reason });
            var (batch, terminated) = transition.ToBatch(document.ETag);
            return (batch, new WorkflowOperationResult(WorkflowOperationOutcome.Done, WorkflowInstanceView.From(tenant, terminated), reason));
        }, cancellationToken);
    }

    /// <summary>
    /// Starts a Failed or Terminated instance again from its original input, under the same
    /// id: references held elsewhere (a commitment's approval id) stay valid, the history
    /// continues, and messages of the old run are recognised by their sequence and dropped.
    /// </summary>
    public async Task<WorkflowOperationResult> RestartAsync(TenantId tenant, string instanceId, WorkflowCause cause, CancellationToken cancellationToken)
    {
        using var scope = Scope(tenant, instanceId);
        return await TransitionAsync(tenant, instanceId, (document, now) =>
        {
            if (document is null)
            {
                return (null, new WorkflowOperationResult(WorkflowOperationOutcome.NotFound, null, WorkflowMessages.InstanceNotFound(instanceId)));
            }
            var instance = document.Body;
            if (instance.Status is not (WorkflowStatus.Failed or WorkflowStatus.Terminated))
            {
                return (null, new WorkflowOperationResult(WorkflowOperationOutcome.NotAllowed, WorkflowInstanceView.From(tenant, instance),
                    WorkflowMessages.CannotRestart(instance.Status)));
            }
            var fresh = instance with
            {
                Status = WorkflowStatus.Running,
                Generation = instance.Generation + 1,
                State = null,
                CustomStatus = null,
                Output = null,
                Reason = null,
                CompletedAt = null,
                ScheduledStartAt = null,
                PendingTimers = [],
                PendingActivities = [],
            };
            var attempt = Decide(() => workflows.Get(instance.WorkflowType).Start(instance.Input, ContextOf(tenant, fresh, now)), instanceId);
            if (attempt.Crash is null && attempt.Decision!.Outcome != DecisionOutcome.Applied)
            {
                return (null, new WorkflowOperationResult(WorkflowOperationOutcome.NotAllowed, WorkflowInstanceView.From(tenant, instance),
                    WorkflowMessages.RestartRefused(attempt.Decision.Reason)));
            }
            var transition = Carry(() =>
            {
                var t = new Transition(tenant, fresh, now, cause, options.MaxCommandsPerDecision);
                t.Record(WorkflowHistoryEventType.Restarted, instance.WorkflowType,
                    new { generation = fresh.Generation, previousStatus = instance.Status, previousReason = instance.Reason });
                return t;
            }, attempt, instanceId);
            var (batch, restarted) = transition.ToBatch(document.ETag);
            return (batch, new WorkflowOperationResult(WorkflowOperationOutcome.Done, WorkflowInstanceView.From(tenant, restarted), null));
        }, cancellationToken);
    }

    private Transition StartScheduled(TenantId tenant, WorkflowInstance instance, WorkflowTimerMessage timer, DateTimeOffset now, WorkflowCause cause)
    {
        var running = instance with { Status = WorkflowStatus.Running };
        var attempt = Decide(() => workflows.Get(instance.WorkflowType).Start(instance.Input, ContextOf(tenant, running, now)), instance.InstanceId);
        Transition Begin()
        {
            var t = new Transition(tenant, running, now, cause, options.MaxCommandsPerDecision);
            t.RemoveTimer(timer.TimerId, timer.Sequence);
            t.Record(WorkflowHistoryEventType.TimerFired, timer.TimerId, new { dueAt = timer.DueAt });
            t.Record(WorkflowHistoryEventType.Started, instance.WorkflowType, new { input = instance.Input });
            return t;
        }
        if (attempt.Crash is null && attempt.Decision!.Outcome != DecisionOutcome.Applied)
        {
            // Nobody is waiting on a scheduled start to hear a refusal, so the instance fails with the reason.
            var refused = Begin();
            var reason = WorkflowMessages.ScheduledStartRefused(attempt.Decision.Reason);
            refused.Finish(WorkflowStatus.Failed, null, reason, new { reason });
            return refused;
        }
        return Carry(Begin, attempt, instance.InstanceId);
    }

    private Transition FireTimer(TenantId tenant, WorkflowInstance instance, WorkflowTimerMessage timer, DateTimeOffset now, WorkflowCause cause)
    {
        var fired = new TimerFired(timer.TimerId, timer.DueAt, cause);
        var attempt = Decide(() => workflows.Get(instance.WorkflowType).Apply(instance.State!.Value, fired, ContextOf(tenant, instance, now)), instance.InstanceId);
        return Carry(() =>
        {
            var t = new Transition(tenant, instance, now, cause, options.MaxCommandsPerDecision);
            t.RemoveTimer(timer.TimerId, timer.Sequence);
            t.Record(WorkflowHistoryEventType.TimerFired, timer.TimerId, new { dueAt = timer.DueAt });
            RecordNotApplied(t, attempt, timer.TimerId);
            return t;
        }, attempt, instance.InstanceId);
    }

    private static void RecordNotApplied(Transition transition, DecisionAttempt attempt, string name)
    {
        if (attempt.Crash is null && attempt.Decision!.Outcome != DecisionOutcome.Applied)
        {
            transition.Record(attempt.Decision.Outcome == DecisionOutcome.Ignored ? WorkflowHistoryEventType.EventIgnored : WorkflowHistoryEventType.EventRefused,
                name, new { reason = attempt.Decision.Reason });
        }
    }

    /// <summary>
    /// Builds the transition: <paramref name="begin"/> records the event, then the decision's
    /// commands are carried out. Workflow code that threw, or commands no correct workflow
    /// issues, fail the instance instead (begun afresh so no half-applied command remains).
    /// </summary>
    private Transition Carry(Func<Transition> begin, DecisionAttempt attempt, string instanceId)
    {
        var transition = begin();
        if (attempt.Crash is { } crash)
        {
            var reason = WorkflowMessages.WorkflowCodeThrew(crash);
            transition.Finish(WorkflowStatus.Failed, null, reason, new { reason });
            return transition;
        }
        if (attempt.Decision!.Outcome != DecisionOutcome.Applied)
        {
            return transition;
        }
        try
        {
            transition.Apply(attempt.Decision);
            return transition;
        }
        catch (InvalidWorkflowCommandException ex)
        {
            logger.LogError(ex, "Workflow of instance {InstanceId} issued an invalid command; the instance fails.", instanceId);
            transition = begin();
            var reason = WorkflowMessages.InvalidCommand(ex.Message);
            transition.Finish(WorkflowStatus.Failed, null, reason, new { reason });
            return transition;
        }
    }

    private DecisionAttempt Decide(Func<WorkflowDecision> decide, string instanceId)
    {
        try
        {
            return new DecisionAttempt(decide(), null);
        }
        catch (WorkflowPayloadException ex)
        {
            return new DecisionAttempt(WorkflowDecision.Refused(ex.Message), null);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            logger.LogError(ex, "Workflow code threw for instance {InstanceId}; the instance fails.", instanceId);
            return new DecisionAttempt(null, $"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private async Task<T> TransitionAsync<T>(TenantId tenant, string instanceId,
        Func<Document<WorkflowInstance>?, DateTimeOffset, (TransactionalBatch? Batch, T Result)> plan, CancellationToken cancellationToken)
    {
        var documentId = WorkflowDocumentIds.Instance(instanceId);
        using var held = await _locks.AcquireAsync(tenant.Value, instanceId, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var document = await store.ReadAsync<WorkflowInstance>(tenant, documentId, cancellationToken);
            var (batch, result) = plan(document, clock.GetUtcNow());
            if (batch is null)
            {
                return result;
            }
            try
            {
                await store.ExecuteBatchAsync(batch, cancellationToken);
                CountTransition(batch);
                return result;
            }
            catch (TransactionalBatchFailedException ex) when (ex.FailedOperationIndex == 0 && ex.Cause is DocumentPreconditionFailedException)
            {
                if (attempt >= options.MaxConcurrencyAttempts)
                {
                    throw new WorkflowConcurrencyException(instanceId, attempt);
                }
                logger.LogDebug("Instance {InstanceId} changed while deciding (attempt {Attempt}); deciding again.", instanceId, attempt);
                // A little jitter so that racing writers on a shared store do not collide in lockstep.
                await Task.Delay(TimeSpan.FromMilliseconds(Random.Shared.Next(0, Math.Min(attempt, 10) * 2)), clock, cancellationToken);
            }
        }
    }

    private static WorkflowContext ContextOf(TenantId tenant, WorkflowInstance instance, DateTimeOffset now) =>
        new(tenant, instance.InstanceId, instance.Generation, now);

    private static WorkflowStartResult Existing(TenantId tenant, WorkflowInstance existing, string workflowType, JsonElement input) =>
        existing.WorkflowType == workflowType && JsonElement.DeepEquals(existing.Input, input)
            ? new WorkflowStartResult(WorkflowStartOutcome.AlreadyExists, WorkflowInstanceView.From(tenant, existing), null)
            : new WorkflowStartResult(WorkflowStartOutcome.Conflict, WorkflowInstanceView.From(tenant, existing),
                WorkflowMessages.ExistsWithAnotherTypeOrInput(existing.InstanceId));

    private static RaiseEventResult Duplicate(WorkflowEventReceipt receipt) =>
        new(receipt.Outcome, true, receipt.Reason, receipt.HistorySequence);

    private static void CountTransition(TransactionalBatch batch) =>
        LoFinMetrics.WorkflowTransitions.Add(batch.Operations.Count(o => o is BatchOperation.Create { Type: "wf-history" }));

    private IDisposable? Scope(TenantId tenant, string instanceId) =>
        logger.BeginScope(new LogScope { ["TenantId"] = tenant.Value, ["InstanceId"] = instanceId });

    private readonly record struct DecisionAttempt(WorkflowDecision? Decision, string? Crash)
    {
        /// <summary>A crash is applied in the sense that it changes the instance: it fails it.</summary>
        public DecisionOutcome Outcome => Crash is not null ? DecisionOutcome.Applied : Decision!.Outcome;
    }
}
