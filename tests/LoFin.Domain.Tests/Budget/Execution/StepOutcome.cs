using LoFin.Domain.Budget.Execution;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>What one step sent, what came back, and the line and books around it.</summary>
public sealed record StepOutcome(
    ExecutionStep Step,
    ExecutionOperation Sent,
    ExecutionResult Result,
    ExecutionResult? FirstResultOfThisId,
    BudgetLineBalance Before,
    BudgetLineBalance After,
    CommitmentView? CommitmentBefore,
    int LogCountBefore,
    int LogCountAfter,
    int JournalEntriesBefore,
    int JournalEntriesAfter);
