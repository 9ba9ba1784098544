namespace LoFin.Workflows.Approval;

/// <summary>
/// The 전결 tables by document kind, as data: each local government sets its own in its
/// 사무전결처리규칙, so the table is configuration, not code. A kind without its own table
/// uses the fallback.
/// </summary>
public sealed class DelegationRuleBook
{
    /// <summary>
    /// A sensible default, not any one government's rules: up to 1천만원 the 과장 signs as
    /// final, up to 1억원 the 국장, up to 3억원 the 부단체장, above that the 단체장.
    /// </summary>
    public static readonly IReadOnlyList<DelegationRule> StandardRules =
    [
        new(10_000_000, ApprovalRank.DivisionHead),
        new(100_000_000, ApprovalRank.BureauDirector),
        new(300_000_000, ApprovalRank.DeputyHead),
        new(null, ApprovalRank.Head),
    ];

    private readonly Dictionary<string, IReadOnlyList<DelegationRule>> _byKind;

    public DelegationRuleBook(IReadOnlyDictionary<string, IReadOnlyList<DelegationRule>> byDocumentKind, IReadOnlyList<DelegationRule> fallback)
    {
        foreach (var (kind, rules) in byDocumentKind)
        {
            if (FinalApproverByAmount.Check(rules) is { } problem)
            {
                throw new ArgumentException($"The 전결 rules for '{kind}' are not valid: {problem}", nameof(byDocumentKind));
            }
        }
        if (FinalApproverByAmount.Check(fallback) is { } fallbackProblem)
        {
            throw new ArgumentException($"The fallback 전결 rules are not valid: {fallbackProblem}", nameof(fallback));
        }
        _byKind = new Dictionary<string, IReadOnlyList<DelegationRule>>(byDocumentKind, StringComparer.Ordinal);
        Fallback = fallback;
    }

    public static DelegationRuleBook Standard { get; } = new(new Dictionary<string, IReadOnlyList<DelegationRule>>(), StandardRules);

    public IReadOnlyList<DelegationRule> Fallback { get; }

    public IReadOnlyList<DelegationRule> For(string documentKind) =>
        _byKind.TryGetValue(documentKind, out var rules) ? rules : Fallback;
}
