namespace LoFin.Application.Budget.Structure;

/// <summary>
/// A version's structure as a tree, per 회계: expenditure 분야 → 부문 → 정책사업 → 단위사업 →
/// 세부사업 (with its lines, one per 부서 × 통계목) and revenue 장 → 관 → 항 → 목, each node
/// with the sum of the amounts below it.
/// </summary>
public sealed record BudgetTree(BudgetVersionView Version, IReadOnlyList<BudgetAccountTree> Accounts);

/// <summary>One 회계's expenditure and revenue trees.</summary>
public sealed record BudgetAccountTree(string Code, string Name, long ExpenditureWon, long RevenueWon,
    IReadOnlyList<BudgetTreeNode> Expenditure, IReadOnlyList<BudgetTreeNode> Revenue);

/// <summary>
/// A node of either tree. <see cref="Level"/>: field, sector, policy, unit, detailed (expenditure);
/// chapter, section, item, subItem (revenue: 장, 관, 항, 목). A detailed node has <see cref="Lines"/>, others <see cref="Children"/>.
/// </summary>
public sealed record BudgetTreeNode(string Level, string Code, string? Name, long AmountWon,
    IReadOnlyList<BudgetTreeNode>? Children = null, IReadOnlyList<BudgetLineView>? Lines = null);
