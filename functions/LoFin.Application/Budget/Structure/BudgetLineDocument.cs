using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Formulation;
using LoFin.Domain.Budget.Structure;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// One expenditure line of one line set (a version's lines): identity, programme tree, the
/// department's request and the budget office's 사정 with its reason. Codes are stored as text
/// and parsed back through the domain types, which validated them on the way in.
/// </summary>
public sealed record BudgetLineDocument(
    int FiscalYear,
    string LineSetId,
    string LineKey,
    string Account,
    string Department,
    string Sector,
    string PolicyProgram,
    string PolicyProgramName,
    string UnitProgram,
    string UnitProgramName,
    string DetailedProgram,
    string DetailedProgramName,
    string Item,
    FundingAmounts? Requested,
    FundingAmounts? Adjusted,
    string? AdjustmentReason,
    string? RequestedBy,
    string? AdjustedBy) : IDocumentBody
{
    public static string DocumentType => "budget-line";

    public long FinalWon => (Adjusted ?? Requested)?.TotalWon ?? 0;

    public FundingAmounts Final => Adjusted ?? Requested ?? new FundingAmounts(0, 0, 0, 0);

    public BudgetLineKey Key => BudgetLineKey.Parse(LineKey);

    public LineAmounts Amounts => new(Requested?.ToSplit(), Adjusted?.ToSplit(), AdjustmentReason);

    public ProgramHierarchy Program => new(FunctionalSector.Parse(Sector), PolicyProgramId.Parse(PolicyProgram), PolicyProgramName,
        UnitProgramId.Parse(UnitProgram), UnitProgramName, DetailedProgramName);

    public ExpenditureLine ToLine() => new(Key, Program, Final.ToSplit());

    public static BudgetLineDocument Create(string lineSetId, BudgetLineKey key, ProgramHierarchy program, LineAmounts amounts, string? requestedBy, string? adjustedBy) =>
        new(key.FiscalYear, lineSetId, key.ToString(), key.Account.ToString(), key.Department.ToString(), program.Sector.ToString(),
            program.PolicyProgram.Value, program.PolicyProgramName, program.UnitProgram.Value, program.UnitProgramName,
            key.Program.Value, program.DetailedProgramName, key.Item.ToString(),
            amounts.Requested is { } r ? FundingAmounts.From(r) : null,
            amounts.Adjusted is { } a ? FundingAmounts.From(a) : null,
            amounts.AdjustmentReason, requestedBy, adjustedBy);
}
