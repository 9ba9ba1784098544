namespace LoFin.Functions.Http.Execution;

/// <summary>The budget execution functions: 배정, 원인행위, 지출결의, 지급명령, their lists, the execution view and the line journal.</summary>
public static class ExecutionFunctions
{
    public static void MapAll(IEndpointRouteBuilder app)
    {
        AllotBudgetFunction.Map(app);
        ListAllotmentsFunction.Map(app);
        DraftCommitmentFunction.Map(app);
        ListCommitmentsFunction.Map(app);
        GetCommitmentFunction.Map(app);
        ReduceCommitmentFunction.Map(app);
        DraftResolutionFunction.Map(app);
        ListResolutionsFunction.Map(app);
        GetResolutionFunction.Map(app);
        ListPayablesFunction.Map(app);
        IssuePaymentOrderFunction.Map(app);
        ListPaymentOrdersFunction.Map(app);
        GetPaymentOrderFunction.Map(app);
        ListPaymentsFunction.Map(app);
        ListLineExecutionFunction.Map(app);
        GetExecutionSummaryFunction.Map(app);
        ListLineJournalFunction.Map(app);
    }
}
