using LoFin.Workflows.Approval;
using Xunit;
using static LoFin.Workflows.Tests.Approval.ApprovalFixtures;

namespace LoFin.Workflows.Tests.Approval;

public sealed class FinalApproverByAmountTests
{
    private static readonly FinalApproverByAmount Standard = new(DelegationRuleBook.StandardRules);

    [Theory]
    [InlineData(0L, ApprovalRank.DivisionHead)]
    [InlineData(10_000_000L, ApprovalRank.DivisionHead)]
    [InlineData(10_000_001L, ApprovalRank.BureauDirector)]
    [InlineData(100_000_000L, ApprovalRank.BureauDirector)]
    [InlineData(100_000_001L, ApprovalRank.DeputyHead)]
    [InlineData(300_000_000L, ApprovalRank.DeputyHead)]
    [InlineData(300_000_001L, ApprovalRank.Head)]
    [InlineData(long.MaxValue, ApprovalRank.Head)]
    public void RequiredRank_WhenAmountIsAtOrAcrossACeiling_PicksTheRankOfTheFirstCeilingNotExceeded(long amountWon, ApprovalRank expected) =>
        Assert.Equal(expected, Standard.RequiredRank(amountWon));

    [Theory]
    [InlineData(10_000_000L, 1, true, new[] { 2, 3, 4 })]
    [InlineData(10_000_001L, 2, true, new[] { 3, 4 })]
    [InlineData(300_000_000L, 3, true, new[] { 4 })]
    [InlineData(300_000_001L, 4, false, new int[0])]
    public void TryRoute_WhenLineHasEveryRank_StopsAtTheRequiredRankAndSkipsTheRest(long amountWon, int finalStep, bool delegated, int[] skipped)
    {
        Assert.True(Standard.TryRoute(FullLine(), amountWon, out var route, out _));

        Assert.Equal(finalStep, route.FinalStep);
        Assert.Equal(delegated, route.IsDelegated);
        Assert.Equal(skipped, route.SkippedSteps);
    }

    [Fact]
    public void TryRoute_WhenRequiredRankIsMissing_TheNextHigherOfficialSignsAsFinal()
    {
        IReadOnlyList<ApprovalLineMember> line = [new(TeamLead), new(BureauDirector), new(Head)];

        Assert.True(Standard.TryRoute(line, 5_000_000, out var route, out _));

        Assert.Equal(1, route.FinalStep);
        Assert.Equal(ApprovalRank.DivisionHead, route.RequiredRank);
    }

    [Fact]
    public void TryRoute_WhenNobodyInTheLineHasTheRank_SaysWhy()
    {
        IReadOnlyList<ApprovalLineMember> line = [new(TeamLead), new(DivisionHead)];

        Assert.False(Standard.TryRoute(line, 50_000_000, out _, out var reason));

        Assert.Contains("50,000,000원", reason, StringComparison.Ordinal);
        Assert.Contains("국장", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenTableHasNoOpenLastRule_RefusesIt() =>
        Assert.NotNull(FinalApproverByAmount.Check([new DelegationRule(10_000_000, ApprovalRank.DivisionHead)]));

    [Fact]
    public void Check_WhenCeilingsDoNotRise_RefusesItNamingTheRuleOneBased()
    {
        var problem = FinalApproverByAmount.Check(
        [
            new DelegationRule(10_000_000, ApprovalRank.DivisionHead),
            new DelegationRule(10_000_000, ApprovalRank.BureauDirector),
            new DelegationRule(null, ApprovalRank.Head),
        ]);

        Assert.NotNull(problem);
        Assert.Contains("2번 기준", problem, StringComparison.Ordinal);
        Assert.Contains("10,000,000원", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Check_WhenALargerAmountNeedsALowerRank_RefusesIt() =>
        Assert.NotNull(FinalApproverByAmount.Check(
        [
            new DelegationRule(10_000_000, ApprovalRank.BureauDirector),
            new DelegationRule(null, ApprovalRank.DivisionHead),
        ]));

    [Fact]
    public void RuleBook_WhenKindHasItsOwnTable_UsesItAndOtherwiseTheFallback()
    {
        IReadOnlyList<DelegationRule> subsidies = [new(50_000_000, ApprovalRank.DivisionHead), new(null, ApprovalRank.BureauDirector)];
        var book = new DelegationRuleBook(new Dictionary<string, IReadOnlyList<DelegationRule>> { ["subsidy-grant"] = subsidies }, DelegationRuleBook.StandardRules);

        Assert.Same(subsidies, book.For("subsidy-grant"));
        Assert.Same(DelegationRuleBook.StandardRules, book.For("commitment"));
    }
}
