namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>What a generated step asks the ledger to do; the scenario turns it into an operation against the current state.</summary>
public enum StepKind
{
    AdjustBudget,
    AdjustAllotment,
    Commit,
    Post,
    Void,
    Reduce,
    Resolve,
    Pay,
    Refund,

    /// <summary>Send an earlier request again, unchanged.</summary>
    Replay,

    /// <summary>Send new content under an id already used.</summary>
    ReuseIdWithDifferentContent,

    /// <summary>Post, resolve, pay or refund against an id that names nothing.</summary>
    UnknownReference,
}
