using LoFin.Domain.Time;
using LoFin.Application.Documents;
using LoFin.Application.Functions;
using LoFin.Workflows.Approval;
using LoFin.Workflows.Calendar;
using LoFin.Workflows.Functions;
using LoFin.Workflows.Runtime;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LoFin.Workflows;

public static class WorkflowServiceCollectionExtensions
{
    /// <summary>
    /// Registers the workflow runtime (<see cref="WorkflowClient"/>), its three queue functions
    /// (timers, activities, events), and the platform's workflows and activities — by explicit
    /// list, not by scanning. The host provides <see cref="IDocumentStore"/>, <see cref="TimeProvider"/>
    /// and logging. Ports with defaults (<see cref="IHolidayCalendar"/>, <see cref="IApprovalNotifier"/>,
    /// <see cref="DelegationRuleBook"/>) are registered only when the host has not registered its own.
    /// A later workflow adds one <c>AddSingleton&lt;IWorkflow, …&gt;</c> line here.
    /// </summary>
    public static IServiceCollection AddLoFinWorkflows(this IServiceCollection services, WorkflowOptions? options = null)
    {
        services.AddSingleton(options ?? new WorkflowOptions());
        services.AddSingleton<WorkflowRegistry>();
        services.AddSingleton<WorkflowActivityRegistry>();
        services.AddSingleton<WorkflowEngine>();
        services.AddSingleton(sp => new WorkflowClient(
            sp.GetRequiredService<IDocumentStore>(), sp.GetRequiredService<WorkflowEngine>(), sp.GetRequiredService<WorkflowOptions>()));

        services.AddSingleton<IQueueFunction, FireWorkflowTimerFunction>();
        services.AddSingleton<IQueueFunction, RunWorkflowActivityFunction>();
        services.AddSingleton<IQueueFunction, DeliverWorkflowEventFunction>();

        services.TryAddSingleton<IHolidayCalendar, WeekendsOnlyCalendar>();
        services.TryAddSingleton<BusinessDayDeadline>();
        services.TryAddSingleton<IApprovalNotifier, LoggingApprovalNotifier>();
        services.TryAddSingleton(DelegationRuleBook.Standard);

        // The workflows and activities this platform runs.
        services.AddSingleton<IWorkflow, ApprovalLineWorkflow>();
        services.AddSingleton<IWorkflowActivity, NotifyApprovalParticipantActivity>();
        return services;
    }
}
