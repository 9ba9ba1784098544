namespace LoFin.Domain.Budget.Execution;

/// <summary>A refusal: a stable code for programs and a Korean sentence for the official.</summary>
public sealed record ExecutionRefusal(ExecutionRefusalCode Code, string Message);
