namespace LoFin.Simulators.Bank.Http;

/// <summary>Every endpoint of the treasury bank, in one list (docs/simulators/treasury-bank.md describes them).</summary>
public static class BankEndpoints
{
    public static void MapAll(IEndpointRouteBuilder app)
    {
        VerifyAccountEndpoint.Map(app);
        SubmitTransferBatchEndpoint.Map(app);
        GetTransferEndpoint.Map(app);
        GetTransferBatchEndpoint.Map(app);
        IssueVirtualAccountEndpoint.Map(app);
        GetVirtualAccountEndpoint.Map(app);
        AccountEndpoints.Map(app);
        CallbackEndpoint.Map(app);
        StatusEndpoints.Map(app);

        // For tests and demos: what a real bank would never let a client do.
        SimulateDepositEndpoint.Map(app);
        FaultsEndpoint.Map(app);
    }
}
