namespace LoFin.Domain.Budget.Structure;

/// <summary>A department of one government by its 기관코드, with its name (e.g. 복지정책과).</summary>
public sealed record NamedDepartment(DepartmentCode Department, string Name);
