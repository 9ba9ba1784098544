namespace LoFin.Domain.Budget.Formulation;

/// <summary>
/// A 추가경정예산 starts from the latest adopted version, and only one version is open at a
/// time: two drafts at once would each diff against the same base and the second adoption
/// would silently undo the first.
/// </summary>
public static class SupplementaryFollowsAdoptedVersion
{
    public static string? Check(int? latestAdoptedNumber, int? openNumber)
    {
        if (openNumber is { } open)
        {
            return FormulationMessages.OpenVersionExists(open);
        }
        return latestAdoptedNumber is null ? FormulationMessages.NoAdoptedVersion : null;
    }
}
