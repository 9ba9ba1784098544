namespace LoFin.Domain.Budget.Structure;

/// <summary>A 회계 of one government with the name its 조례 gives it (e.g. 201 상수도사업특별회계).</summary>
public sealed record NamedAccount(FiscalAccount Account, string Name);
