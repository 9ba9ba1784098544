using LoFin.Functions.Http.Approvals;
using LoFin.Functions.Http.Budget;
using LoFin.Functions.Http.Execution;
using LoFin.Functions.Http.Payees;
using LoFin.Functions.Http.Workflows;
using LoFin.Functions.Webhooks;

namespace LoFin.Functions.Http;

/// <summary>Every HTTP-triggered function, in one list: what is here is what the app serves and what emit-functions writes.</summary>
public static class HttpFunctions
{
    public static void MapAll(IEndpointRouteBuilder app)
    {
        GetHealthFunction.Map(app);
        ListPublicTenantsFunction.Map(app);
        GetMeFunction.Map(app);
        ListDeadLettersFunction.Map(app);
        ReplayDeadLetterFunction.Map(app);
        ListTimersFunction.Map(app);

        ListWorkflowsFunction.Map(app);
        GetWorkflowFunction.Map(app);
        RaiseWorkflowEventFunction.Map(app);
        TerminateWorkflowFunction.Map(app);
        RestartWorkflowFunction.Map(app);

        StartApprovalFunction.Map(app);
        ListApprovalInboxFunction.Map(app);
        GetApprovalFunction.Map(app);
        DecideApprovalFunction.Map(app);
        ResubmitApprovalFunction.Map(app);
        WithdrawApprovalFunction.Map(app);

        ReceiveBankWebhookFunction.Map(app);
        VerifyPayeeAccountFunction.Map(app);
        BudgetServices.MapAll(app);
        ExecutionFunctions.MapAll(app);
    }

    /// <summary>The demo-user sign-in exists only in local mode.</summary>
    public static void MapLocalOnly(IEndpointRouteBuilder app)
    {
        ListDevUsersFunction.Map(app);
        IssueDevTokenFunction.Map(app);
    }
}
