using LoFin.Application.Budget;
using LoFin.Application.Budget.Demo;
using LoFin.Application.Budget.Formulation;
using LoFin.Application.Budget.Structure;
using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;
using Xunit;

namespace LoFin.Application.Tests.Budget;

public sealed class BudgetFormulationTests : IDisposable
{
    private readonly BudgetFixture _budget = new();

    public void Dispose() => _budget.Dispose();

    private async Task<DemoBudget> DraftAsync()
    {
        var budget = DemoBudgetGenerator.Generate(DemoGovernment.All[2], 2026);
        await _budget.Structure.ImportExpenditureAsync(BudgetFixture.Yangpyeong, 2026, budget.Expenditure, "yangpyeong.budget", default);
        return budget;
    }

    private async Task<BudgetLineView> LineAsync(int version, BudgetLineKey key) =>
        (await _budget.Structure.GetTreeAsync(BudgetFixture.Yangpyeong, 2026, version, key.Department, default)).Accounts
            .SelectMany(a => a.Expenditure).SelectMany(Flatten).Single(l => l.LineKey == key.ToString());

    private static IEnumerable<BudgetLineView> Flatten(BudgetTreeNode node) =>
        (node.Lines ?? []).Concat((node.Children ?? []).SelectMany(Flatten));

    [Fact]
    public async Task Adopt_WhenRetried_EnqueuesTheAdoptionMessageExactlyOnce()
    {
        var budget = await DraftAsync();
        await _budget.Formulation.SubmitAsync(BudgetFixture.Yangpyeong, 2026, 1, "yangpyeong.budget", default);

        var first = await _budget.Formulation.AdoptAsync(BudgetFixture.Yangpyeong, 2026, 1, "제301회 임시회", "yangpyeong.budget", default);
        var again = await _budget.Formulation.AdoptAsync(BudgetFixture.Yangpyeong, 2026, 1, "제301회 임시회", "yangpyeong.budget", default);

        Assert.Equal(("Adopted", "Adopted"), (first.Status, again.Status));
        var message = Assert.Single(await _budget.DrainAsync(BudgetMessages.VersionAdopted));
        var payload = message.Payload<BudgetVersionAdopted>();
        Assert.Equal((BudgetFixture.Yangpyeong, "2026-01", 1, 1, 1), (payload.TenantId, payload.VersionId, payload.VersionNumber, payload.Part, payload.PartCount));
        Assert.Equal(budget.Expenditure.Lines.Count, payload.Lines.Count);
        Assert.Equal(budget.Expenditure.Lines.Sum(l => l.AmountWon), payload.Lines.Sum(l => l.BudgetWon));
        Assert.True(BudgetLineKey.TryParse(payload.Lines[0].LineKey, out _));
        var year = await _budget.Budgets.ReadYearAsync(BudgetFixture.Yangpyeong, 2026, default);
        Assert.Equal((1, (int?)null), (year!.Body.LatestAdoptedNumber, year.Body.OpenNumber));
    }

    [Fact]
    public async Task Adopt_WhenNotSubmitted_IsRefusedAndSendsNothing()
    {
        await DraftAsync();
        var refused = await Assert.ThrowsAsync<BudgetRefusedException>(() => _budget.Formulation.AdoptAsync(BudgetFixture.Yangpyeong, 2026, 1, null, "u", default));
        Assert.Equal(BudgetRefusal.Conflict, refused.Refusal);
        Assert.Empty(await _budget.DrainAsync(BudgetMessages.VersionAdopted));
    }

    [Fact]
    public async Task Adjust_WhenAnotherOfficerAdjustedFirst_FailsOnTheStaleETag()
    {
        var budget = await DraftAsync();
        var key = budget.Expenditure.Lines[0].Key;
        var read = await LineAsync(1, key);
        var cut = FundingSplit.Create(0, 0, 1_000, 0);

        var adjusted = await _budget.Formulation.AdjustAsync(BudgetFixture.Yangpyeong, 2026, 1, new LineAdjustment(key, cut, "중복 사업 정리", read.ETag), "a", default);
        await Assert.ThrowsAsync<DocumentPreconditionFailedException>(() =>
            _budget.Formulation.AdjustAsync(BudgetFixture.Yangpyeong, 2026, 1, new LineAdjustment(key, cut, "다른 사유", read.ETag), "b", default));

        var after = await LineAsync(1, key);
        Assert.Equal(("중복 사업 정리", 1_000L, adjusted.ETag), (after.AdjustmentReason, after.AmountWon, after.ETag));
        Assert.Equal(budget.Expenditure.Lines[0].AmountWon, after.Requested!.TotalWon);
    }

    [Fact]
    public async Task Adjust_WhenAmountDiffersWithoutReason_IsRefusedNamingTheReason()
    {
        var budget = await DraftAsync();
        var key = budget.Expenditure.Lines[0].Key;
        var read = await LineAsync(1, key);
        var refused = await Assert.ThrowsAsync<Validation.RequestValidationException>(() =>
            _budget.Formulation.AdjustAsync(BudgetFixture.Yangpyeong, 2026, 1, new LineAdjustment(key, FundingSplit.Create(0, 0, 1_000, 0), null, read.ETag), "a", default));
        Assert.Contains("reason", refused.Errors.Keys);
    }

    [Fact]
    public async Task Supplementary_WhenLinesChange_DiffShowsBeforeAfterAndDelta()
    {
        var budget = await DraftAsync();
        await _budget.Formulation.SubmitAsync(BudgetFixture.Yangpyeong, 2026, 1, "b", default);
        await _budget.Formulation.AdoptAsync(BudgetFixture.Yangpyeong, 2026, 1, null, "b", default);

        var supplementary = await _budget.Formulation.CreateSupplementaryAsync(BudgetFixture.Yangpyeong, 2026, "b", default);
        Assert.Equal((2, "Supplementary", "Drafting", "2026년도 제1회 추가경정예산"), (supplementary.Number, supplementary.Kind, supplementary.Status, supplementary.Name));
        await Assert.ThrowsAsync<BudgetRefusedException>(() => _budget.Formulation.CreateSupplementaryAsync(BudgetFixture.Yangpyeong, 2026, "b", default));

        var changed = budget.Expenditure.Lines[3];
        var read = await LineAsync(2, changed.Key);
        var raised = FundingSplit.Create(changed.Funding.NationalWon, changed.Funding.ProvincialWon, changed.Funding.MunicipalWon + 50_000_000, changed.Funding.OtherWon);
        await _budget.Formulation.AdjustAsync(BudgetFixture.Yangpyeong, 2026, 2, new LineAdjustment(changed.Key, raised, "폭염 대응 추가 소요", read.ETag), "b", default);
        var newKey = new BudgetLineKey(2026, changed.Key.Account, changed.Key.Department, changed.Key.Program, StatisticalItem.Parse("202-01"));
        if (budget.Expenditure.Lines.Any(l => l.Key == newKey))
        {
            newKey = new BudgetLineKey(2026, changed.Key.Account, changed.Key.Department, changed.Key.Program, StatisticalItem.Parse("206-01"));
        }
        await _budget.Formulation.RequestAsync(BudgetFixture.Yangpyeong, 2026, 2,
            new LineRequest(newKey, FundingSplit.Create(0, 0, 3_000_000, 0), changed.Program, null), "c", default);

        var diff = await _budget.Formulation.DiffAsync(BudgetFixture.Yangpyeong, 2026, 2, includeUnchanged: false, default);

        Assert.Equal(
        [
            new LineDiffView(changed.Key.ToString(), changed.AmountWon, changed.AmountWon + 50_000_000, 50_000_000, "Increased"),
            new LineDiffView(newKey.ToString(), 0, 3_000_000, 3_000_000, "Added"),
        ], diff.Lines.OrderBy(l => l.Change == "Added").ToArray());
        Assert.Equal((1, 1, 0, budget.Expenditure.Lines.Count - 1, 53_000_000L), (diff.AddedCount, diff.IncreasedCount, diff.RemovedCount, diff.UnchangedCount, diff.DeltaWon));
        var original = await _budget.Formulation.DiffAsync(BudgetFixture.Yangpyeong, 2026, 1, includeUnchanged: false, default);
        Assert.Equal(budget.Expenditure.Lines.Count, original.AddedCount);
    }

    [Fact]
    public async Task Request_WhenANewLineBreaksTheTree_IsRefusedNamingTheField()
    {
        var budget = await DraftAsync();
        var line = budget.Expenditure.Lines[0];
        var key = new BudgetLineKey(2026, line.Key.Account, line.Key.Department, line.Key.Program, StatisticalItem.Parse("206-01"));
        var otherUnit = line.Program with { UnitProgram = UnitProgramId.Parse("U-9999") };
        var refused = await Assert.ThrowsAsync<Validation.RequestValidationException>(() =>
            _budget.Formulation.RequestAsync(BudgetFixture.Yangpyeong, 2026, 1, new LineRequest(key, FundingSplit.Create(0, 0, 1_000, 0), otherUnit, null), "c", default));
        Assert.Contains(StructureFields.UnitProgram, refused.Errors.Keys);
    }

    [Fact]
    public async Task Request_WhenVersionIsSubmitted_IsRefused()
    {
        var budget = await DraftAsync();
        await _budget.Formulation.SubmitAsync(BudgetFixture.Yangpyeong, 2026, 1, "b", default);
        var refused = await Assert.ThrowsAsync<BudgetRefusedException>(() => _budget.Formulation.RequestAsync(BudgetFixture.Yangpyeong, 2026, 1,
            new LineRequest(budget.Expenditure.Lines[0].Key, FundingSplit.Create(0, 0, 1, 0), null, null), "c", default));
        Assert.Contains("편성 중", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Requests_WhenManyRunAtOnce_AllLandAndTheTotalAddsUp()
    {
        var budget = await DraftAsync();
        var lines = budget.Expenditure.Lines.Take(12).ToList();
        await Task.WhenAll(lines.Select(l => _budget.Formulation.RequestAsync(BudgetFixture.Yangpyeong, 2026, 1,
            new LineRequest(l.Key, FundingSplit.Create(0, 0, l.AmountWon + 1_000, 0), null, null), "c", default)));
        var version = await _budget.Budgets.RequireVersionAsync(BudgetFixture.Yangpyeong, 2026, 1, default);
        Assert.Equal(budget.Expenditure.Lines.Sum(l => l.AmountWon) + (12 * 1_000), version.Body.ExpenditureTotalWon);
    }
}
