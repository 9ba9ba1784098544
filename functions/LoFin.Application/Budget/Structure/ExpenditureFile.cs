using LoFin.Domain.Budget.Structure;

namespace LoFin.Application.Budget.Structure;

/// <summary>A year's expenditure structure as a file carries it: named 회계, named departments, and the lines.</summary>
public sealed record ExpenditureFile(IReadOnlyList<NamedAccount> Accounts, IReadOnlyList<NamedDepartment> Departments, IReadOnlyList<ExpenditureLine> Lines);
