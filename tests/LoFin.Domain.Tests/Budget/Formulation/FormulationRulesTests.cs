using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Formulation;

namespace LoFin.Domain.Tests.Budget.Formulation;

public sealed class FormulationRulesTests
{
    private static readonly FundingSplit Requested = FundingSplit.Create(0, 0, 1_000_000, 0);

    [Theory]
    [InlineData(BudgetVersionStatus.Drafting, true)]
    [InlineData(BudgetVersionStatus.Submitted, false)]
    [InlineData(BudgetVersionStatus.Adopted, false)]
    public void LinesChangeOnlyWhileDrafting_ByStatus_AllowsOnlyDrafting(BudgetVersionStatus status, bool allowed) =>
        Assert.Equal(allowed, LinesChangeOnlyWhileDrafting.Check(status) is null);

    [Fact]
    public void OnlyDraftingVersionIsSubmitted_WhenNothingIsFunded_Refuses() =>
        Assert.NotNull(OnlyDraftingVersionIsSubmitted.Check(BudgetVersionStatus.Drafting, 0));

    [Fact]
    public void OnlySubmittedVersionIsAdopted_WhenStillDrafting_Refuses()
    {
        Assert.NotNull(OnlySubmittedVersionIsAdopted.Check(BudgetVersionStatus.Drafting));
        Assert.Null(OnlySubmittedVersionIsAdopted.Check(BudgetVersionStatus.Submitted));
    }

    [Fact]
    public void SupplementaryFollowsAdoptedVersion_WhenAVersionIsOpen_Refuses()
    {
        Assert.Contains("제2차", SupplementaryFollowsAdoptedVersion.Check(1, 2), StringComparison.Ordinal);
        Assert.NotNull(SupplementaryFollowsAdoptedVersion.Check(null, null));
        Assert.Null(SupplementaryFollowsAdoptedVersion.Check(1, null));
    }

    [Fact]
    public void Adjust_WhenAmountDiffersWithoutReason_Refuses()
    {
        var amounts = LineAmounts.None.Request(Requested);
        Assert.Throws<InvalidOperationException>(() => amounts.Adjust(FundingSplit.Create(0, 0, 800_000, 0), " "));
        var adjusted = amounts.Adjust(FundingSplit.Create(0, 0, 800_000, 0), "유사 사업과 통합");
        Assert.Equal((800_000L, "유사 사업과 통합"), (adjusted.FinalWon, adjusted.AdjustmentReason));
    }

    [Fact]
    public void Adjust_WhenAmountEqualsTheRequest_NeedsNoReason() =>
        Assert.Equal(1_000_000, LineAmounts.None.Request(Requested).Adjust(Requested, null).FinalWon);

    [Fact]
    public void TransferMustStayWithinAccount_WhenAccountsDiffer_Refuses()
    {
        var from = BudgetLineKey.Parse("2026/100/6110070/D-0001/201-01");
        Assert.NotNull(TransferMustStayWithinAccount.Check(from, BudgetLineKey.Parse("2026/201/6110070/D-0001/201-01")));
        Assert.NotNull(TransferMustStayWithinAccount.Check(from, from));
        Assert.Null(TransferMustStayWithinAccount.Check(from, BudgetLineKey.Parse("2026/100/6110080/D-0002/201-01")));
    }

    [Theory]
    [InlineData(0, 100, false)]
    [InlineData(100, 100, true)]
    [InlineData(101, 100, false)]
    public void TransferMustNotExceedSourceBudget_ByAmount_AllowsUpToTheAvailable(long amountWon, long availableWon, bool allowed) =>
        Assert.Equal(allowed, TransferMustNotExceedSourceBudget.Check(amountWon, availableWon) is null);
}
