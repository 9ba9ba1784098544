using LoFin.Application.Documents;
using LoFin.Domain.Tenancy;

namespace LoFin.Workflows.Runtime;

/// <summary>
/// The management API, modelled on Durable Functions' client: start, raise event,
/// terminate, restart, get and list, always inside one tenant. Triggers and use cases
/// start and signal workflows through it; the operator API exposes it over HTTP.
/// </summary>
public sealed class WorkflowClient
{
    private readonly IDocumentStore _store;
    private readonly WorkflowEngine _engine;
    private readonly WorkflowOptions _options;

    internal WorkflowClient(IDocumentStore store, WorkflowEngine engine, WorkflowOptions options)
    {
        _store = store;
        _engine = engine;
        _options = options;
    }

    /// <summary>
    /// Starts an instance of <paramref name="workflowType"/>. Idempotent on the instance id:
    /// starting an id that exists with the same type and input returns the existing instance
    /// (<see cref="WorkflowStartOutcome.AlreadyExists"/>); with a different one, <see cref="WorkflowStartOutcome.Conflict"/>.
    /// A null id gets a new one.
    /// </summary>
    public Task<WorkflowStartResult> StartAsync(TenantId tenant, string workflowType, object input, string? instanceId, WorkflowCause cause,
        WorkflowStartOptions? options = null, CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        ArgumentException.ThrowIfNullOrWhiteSpace(workflowType);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(cause);
        var id = instanceId is null ? WorkflowIds.NewInstanceId() : WorkflowIds.Validate(instanceId, nameof(instanceId));
        options ??= new WorkflowStartOptions();
        if (options.CompletionQueue is { } queue && (queue.Length is 0 or > 100 || queue.Any(char.IsWhiteSpace)))
        {
            throw new ArgumentException($"'{queue}' is not a queue name.", nameof(options));
        }
        if (options.Parent is { } parent)
        {
            WorkflowIds.Validate(parent.InstanceId, nameof(options));
            ArgumentException.ThrowIfNullOrWhiteSpace(parent.EventName, nameof(options));
        }
        var json = Transition.ToJson(input) ?? throw new ArgumentException("A workflow needs an input.", nameof(input));
        return _engine.StartAsync(tenant, workflowType, json, id, options, cause, cancellationToken);
    }

    /// <summary>
    /// Raises an external event on an instance, routed by its id. <paramref name="eventId"/> is
    /// made by the sender (the decision id, the bank callback id): the same id again answers with
    /// the first outcome and changes nothing. An event for an instance that has ended, or for a
    /// step that is past, is recorded as ignored; an event the workflow does not allow (wrong
    /// person) is recorded as refused. Neither changes the workflow's state.
    /// </summary>
    public Task<RaiseEventResult> RaiseEventAsync(TenantId tenant, string instanceId, string eventName, object? payload, string eventId,
        WorkflowCause cause, CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        WorkflowIds.Validate(instanceId, nameof(instanceId));
        WorkflowIds.Validate(eventId, nameof(eventId));
        ArgumentException.ThrowIfNullOrWhiteSpace(eventName);
        ArgumentNullException.ThrowIfNull(cause);
        return _engine.RaiseEventAsync(tenant, instanceId, eventName, eventId, Transition.ToJson(payload), cause, cancellationToken);
    }

    /// <summary>Stops a Pending or Running instance; its timers and activities are dropped. Terminating a terminated instance is a no-op.</summary>
    public Task<WorkflowOperationResult> TerminateAsync(TenantId tenant, string instanceId, string reason, WorkflowCause cause,
        CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        WorkflowIds.Validate(instanceId, nameof(instanceId));
        ArgumentException.ThrowIfNullOrWhiteSpace(reason);
        ArgumentNullException.ThrowIfNull(cause);
        return _engine.TerminateAsync(tenant, instanceId, reason, cause, cancellationToken);
    }

    /// <summary>Starts a Failed or Terminated instance again from its original input, keeping its id and history.</summary>
    public Task<WorkflowOperationResult> RestartAsync(TenantId tenant, string instanceId, WorkflowCause cause, CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        WorkflowIds.Validate(instanceId, nameof(instanceId));
        ArgumentNullException.ThrowIfNull(cause);
        return _engine.RestartAsync(tenant, instanceId, cause, cancellationToken);
    }

    /// <summary>The instance, or null when the tenant has no instance with this id.</summary>
    public async Task<WorkflowInstanceView?> GetAsync(TenantId tenant, string instanceId, bool includeHistory = false, CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        if (!WorkflowIds.IsValid(instanceId))
        {
            return null;
        }
        var document = await _store.ReadAsync<WorkflowInstance>(tenant, WorkflowDocumentIds.Instance(instanceId), cancellationToken);
        if (document is null)
        {
            return null;
        }
        var view = WorkflowInstanceView.From(tenant, document.Body);
        if (!includeHistory)
        {
            return view;
        }
        var history = await GetHistoryAsync(tenant, instanceId, _options.MaxHistoryInGet, null, cancellationToken);
        return view with { History = history.Items, HistoryContinuationToken = history.ContinuationToken };
    }

    /// <summary>A page of an instance's history in sequence order.</summary>
    public Task<WorkflowHistoryPage> GetHistoryAsync(TenantId tenant, string instanceId, int pageSize = 100, string? continuationToken = null,
        CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        WorkflowIds.Validate(instanceId, nameof(instanceId));
        return ReadHistoryAsync(tenant, instanceId, pageSize, continuationToken, cancellationToken);
    }

    /// <summary>Instances of one tenant, newest first, filtered by status, type and creation time.</summary>
    public async Task<WorkflowInstancePage> ListAsync(TenantId tenant, WorkflowInstanceFilter filter, CancellationToken cancellationToken = default)
    {
        RequireTenant(tenant);
        ArgumentNullException.ThrowIfNull(filter);
        var query = new DocumentQuery
        {
            OrderBy = "createdAtMs",
            Descending = true,
            PageSize = DocumentLimits.ValidatePageSize(filter.PageSize),
            ContinuationToken = filter.ContinuationToken,
        };
        if (filter.Status is { } status)
        {
            query = query.WhereEqual("status", status.ToString());
        }
        if (filter.WorkflowType is { } type)
        {
            query = query.WhereEqual("workflowType", type);
        }
        if (filter.CreatedFrom is { } from)
        {
            query = query.Where("createdAtMs", FilterOperator.GreaterThanOrEqual, from.ToUnixTimeMilliseconds());
        }
        if (filter.CreatedTo is { } to)
        {
            query = query.Where("createdAtMs", FilterOperator.LessThan, to.ToUnixTimeMilliseconds());
        }
        if (filter.CustomStatus is { } custom)
        {
            query = query.WhereEqual($"customStatus.{custom.Property}", custom.Value);
        }
        var page = await _store.QueryAsync<WorkflowInstance>(tenant, query, cancellationToken);
        return new WorkflowInstancePage([.. page.Items.Select(d => WorkflowInstanceView.From(tenant, d.Body))], page.ContinuationToken);
    }

    private async Task<WorkflowHistoryPage> ReadHistoryAsync(TenantId tenant, string instanceId, int pageSize, string? continuationToken,
        CancellationToken cancellationToken)
    {
        var query = new DocumentQuery
        {
            OrderBy = "sequence",
            PageSize = DocumentLimits.ValidatePageSize(pageSize),
            ContinuationToken = continuationToken,
        }.WhereEqual("instanceId", instanceId);
        var page = await _store.QueryAsync<WorkflowHistoryRecord>(tenant, query, cancellationToken);
        return new WorkflowHistoryPage([.. page.Items.Select(d => d.Body)], page.ContinuationToken);
    }

    private static void RequireTenant(TenantId tenant)
    {
        if (tenant.IsEmpty)
        {
            throw new ArgumentException("Every workflow call names its tenant.", nameof(tenant));
        }
    }
}
