using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Application.Messaging;
using LoFin.Workflows.Runtime;
using Microsoft.Extensions.Logging;

namespace LoFin.Workflows.Functions;

/// <summary>
/// Runs a scheduled activity from <see cref="WorkflowQueues.Activities"/> and delivers its
/// result to the instance. A failure is thrown back to the queue, which retries with
/// back-off; on the last allowed attempt (or a <see cref="NonRetryableActivityException"/>)
/// the workflow receives <see cref="ActivityFailed"/> instead, so it decides what a failed
/// step means and the message is not dead-lettered. An activity whose instance has ended
/// (or that is no longer pending) is not run.
/// </summary>
internal sealed class RunWorkflowActivityFunction(
    IDocumentStore store,
    WorkflowEngine engine,
    WorkflowActivityRegistry activities,
    WorkflowOptions options,
    ILogger<RunWorkflowActivityFunction> logger) : IQueueFunction
{
    public string Name => "RunWorkflowActivity";

    public string Queue => WorkflowQueues.Activities;

    public async Task HandleAsync(QueueMessage message, MessageContext context, CancellationToken cancellationToken)
    {
        var scheduled = message.Payload<WorkflowActivityMessage>();
        var instance = await store.ReadAsync<WorkflowInstance>(message.TenantId, WorkflowDocumentIds.Instance(scheduled.InstanceId), cancellationToken);
        if (instance?.Body is not { Status: WorkflowStatus.Running } running
            || !running.PendingActivities.Any(a => a.ActivityId == scheduled.ActivityId))
        {
            logger.LogDebug("Activity {ActivityId} is no longer pending; not run.", scheduled.ActivityId);
            return;
        }

        var activityContext = new ActivityContext(message.TenantId, scheduled.InstanceId, scheduled.ActivityId, context.DeliveryCount, options.ActivityMaxAttempts);
        var cause = WorkflowCause.Activity(scheduled.ActivityId, message.MessageId);
        WorkflowEvent result;
        if (!activities.TryGet(scheduled.Name, out var activity))
        {
            result = new ActivityFailed(scheduled.ActivityId, scheduled.Name, scheduled.Tag, WorkflowMessages.ActivityNotRegistered(scheduled.Name), context.DeliveryCount, cause);
        }
        else
        {
            try
            {
                var output = await activity.RunAsync(scheduled.Input, activityContext, cancellationToken);
                result = new ActivityCompleted(scheduled.ActivityId, scheduled.Name, scheduled.Tag, output, cause);
            }
            catch (NonRetryableActivityException ex)
            {
                logger.LogWarning(ex, "Activity {Activity} ({ActivityId}) failed for good.", scheduled.Name, scheduled.ActivityId);
                result = new ActivityFailed(scheduled.ActivityId, scheduled.Name, scheduled.Tag, ex.Message, context.DeliveryCount, cause);
            }
            catch (Exception ex) when (activityContext.IsLastAttempt && !(ex is OperationCanceledException && cancellationToken.IsCancellationRequested))
            {
                logger.LogWarning(ex, "Activity {Activity} ({ActivityId}) failed on its last attempt ({Attempt}).", scheduled.Name, scheduled.ActivityId, context.DeliveryCount);
                result = new ActivityFailed(scheduled.ActivityId, scheduled.Name, scheduled.Tag, $"{ex.GetType().Name}: {ex.Message}", context.DeliveryCount, cause);
            }
        }
        await engine.DeliverActivityResultAsync(message.TenantId, scheduled.InstanceId, result, context, cancellationToken);
    }
}
