namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// The 추경 comparison (기정예산 대비 증감): every line of either version with its amount
/// before and after. A line only in the new version is Added, only in the old one Removed;
/// a line in both is Increased, Decreased or Unchanged. Ordered by the key's text, so two
/// runs over the same versions give the same list.
/// </summary>
public static class BudgetVersionDiff
{
    public static IReadOnlyList<LineDifference> Compute(IReadOnlyDictionary<BudgetLineKey, long> beforeWon, IReadOnlyDictionary<BudgetLineKey, long> afterWon)
    {
        var differences = new List<LineDifference>(Math.Max(beforeWon.Count, afterWon.Count));
        foreach (var (key, after) in afterWon)
        {
            if (beforeWon.TryGetValue(key, out var before))
            {
                var kind = after > before ? LineChangeKind.Increased : after < before ? LineChangeKind.Decreased : LineChangeKind.Unchanged;
                differences.Add(new LineDifference(key, before, after, kind));
            }
            else
            {
                differences.Add(new LineDifference(key, 0, after, LineChangeKind.Added));
            }
        }
        foreach (var (key, before) in beforeWon)
        {
            if (!afterWon.ContainsKey(key))
            {
                differences.Add(new LineDifference(key, before, 0, LineChangeKind.Removed));
            }
        }
        differences.Sort((a, b) => string.CompareOrdinal(a.Key.ToString(), b.Key.ToString()));
        return differences;
    }
}
