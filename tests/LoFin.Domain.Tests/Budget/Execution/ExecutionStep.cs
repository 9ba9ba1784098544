namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>One generated step: <see cref="Pick"/> chooses among existing items or earlier requests, <see cref="Noise"/> feeds amounts.</summary>
public sealed record ExecutionStep(StepKind Kind, AmountChoice Amount, int Pick, int Noise);
