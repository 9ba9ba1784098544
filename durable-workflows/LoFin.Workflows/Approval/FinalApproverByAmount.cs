namespace LoFin.Workflows.Approval;

/// <summary>
/// The 전결 rule: the amount picks the rank that signs as final approver (the first rule
/// whose ceiling the amount does not exceed), and the line's first official of that rank
/// or higher becomes the final step. Reviewers before that step still review; officials
/// after it are skipped. A line with nobody of the required rank cannot carry the document.
/// </summary>
public sealed class FinalApproverByAmount
{
    public const int MaxRules = 20;

    private readonly IReadOnlyList<DelegationRule> _rules;

    public FinalApproverByAmount(IReadOnlyList<DelegationRule> rules)
    {
        if (Check(rules) is { } problem)
        {
            throw new ArgumentException(problem, nameof(rules));
        }
        _rules = rules;
    }

    /// <summary>Why a table cannot be used, or null: ceilings strictly rising, the last one open, ranks never falling as amounts rise.</summary>
    public static string? Check(IReadOnlyList<DelegationRule>? rules)
    {
        if (rules is null || rules.Count == 0)
        {
            return ApprovalMessages.NoDelegationRules;
        }
        if (rules.Count > MaxRules)
        {
            return ApprovalMessages.TooManyDelegationRules(MaxRules);
        }
        for (var i = 0; i < rules.Count; i++)
        {
            var rule = rules[i];
            var isLast = i == rules.Count - 1;
            if (rule.MaxAmountWon is null != isLast)
            {
                return ApprovalMessages.LastRuleOpenEnded;
            }
            if (rule.MaxAmountWon is < 0)
            {
                return ApprovalMessages.NegativeCeiling(i);
            }
            if (i > 0 && rules[i - 1].MaxAmountWon is { } previous && rule.MaxAmountWon is { } ceiling && ceiling <= previous)
            {
                return ApprovalMessages.CeilingsMustRise(i, ceiling, previous);
            }
            if (i > 0 && rule.FinalApproverRank < rules[i - 1].FinalApproverRank)
            {
                return ApprovalMessages.RankMustNotFall(i, rule.FinalApproverRank, rules[i - 1].FinalApproverRank);
            }
        }
        return null;
    }

    public ApprovalRank RequiredRank(long amountWon)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(amountWon);
        return _rules.First(r => r.MaxAmountWon is null || amountWon <= r.MaxAmountWon).FinalApproverRank;
    }

    /// <summary>The route for <paramref name="amountWon"/> through <paramref name="line"/>, or why there is none.</summary>
    public bool TryRoute(IReadOnlyList<ApprovalLineMember> line, long amountWon, out ApprovalRoute route, out string? reason)
    {
        route = null!;
        if (amountWon < 0)
        {
            reason = ApprovalMessages.NegativeAmount;
            return false;
        }
        var required = RequiredRank(amountWon);
        var finalStep = -1;
        for (var i = 0; i < line.Count; i++)
        {
            if (line[i].Official.Rank >= required)
            {
                finalStep = i;
                break;
            }
        }
        if (finalStep < 0)
        {
            reason = ApprovalMessages.NoFinalApprover(amountWon, required);
            return false;
        }
        reason = null;
        route = new ApprovalRoute(finalStep, required, line[finalStep].Official.Rank < ApprovalRank.Head,
            [.. Enumerable.Range(finalStep + 1, line.Count - finalStep - 1)]);
        return true;
    }
}
