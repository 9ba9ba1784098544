using FsCheck.Fluent;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Ledger;
using static LoFin.Domain.Tests.Budget.Execution.PropertyCheck;

namespace LoFin.Domain.Tests.Budget.Execution;

/// <summary>
/// Random operation sequences (allot, commit, post in full or part, void, reduce, resolve, pay,
/// refund, replays of earlier ids, ids reused with other content, references to nothing, and
/// amounts on, next to and far beyond every limit): the rules hold after every step.
/// </summary>
public sealed class ExecutionPropertyTests
{
    [Fact]
    public void Apply_WhenRandomSequences_EveryLimitHoldsAfterEveryOperation() =>
        ForAll(ExecutionGenerators.Scenarios, steps => ExecutionScenario.Run(steps, (scenario, _) =>
        {
            var ledger = scenario.Ledger;
            var balance = ledger.Balance;
            Assert.True(balance.BudgetWon <= ExecutionLimits.MaxAmountWon, "예산현액 ≤ 상한");
            Assert.True(AllotmentMustNotExceedBudget.Holds(balance), "배정 ≤ 예산현액");
            Assert.True(CommitmentsMustNotExceedAllotment.Holds(balance), "원인행위 ≤ 배정");
            Assert.True(ResolutionsMustNotExceedCommitment.Holds(balance), "지출결의 ≤ 원인행위");
            Assert.True(PaymentsMustNotExceedResolution.Holds(balance), "지급 ≤ 지출결의");

            var commitments = ledger.Commitments.ToList();
            var resolutions = ledger.Resolutions.ToList();
            var payments = ledger.Payments.ToList();
            Assert.All(commitments, c => Assert.True(ResolutionsMustNotExceedCommitment.Holds(c), c.ToString()));
            Assert.All(resolutions, r => Assert.True(PaymentsMustNotExceedResolution.Holds(r), r.ToString()));
            Assert.All(payments, p => Assert.True(RefundsMustNotExceedPayment.Holds(p), p.ToString()));

            // The line's totals are exactly the sums of its items.
            Assert.Equal(balance.PendingWon, commitments.Sum(c => c.PendingWon));
            Assert.Equal(balance.CommittedWon, commitments.Sum(c => c.NetWon));
            Assert.Equal(balance.ResolvedWon, resolutions.Sum(r => r.AmountWon - r.RefundedWon));
            Assert.Equal(balance.PaidWon, resolutions.Sum(r => r.PaidWon - r.RefundedWon));
            Assert.Equal(balance.RefundedWon, payments.Sum(p => p.RefundedWon));
        }));

    [Fact]
    public void Apply_WhenRandomSequences_BalanceEqualsTheSumOfAppliedEvents() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var scenario = ExecutionScenario.Run(steps);
            long budget = 0, allotted = 0, pending = 0, committed = 0, resolved = 0, paid = 0, refunded = 0;
            foreach (var outcome in scenario.Outcomes.Where(o => o.Result.IsApplied && !o.Result.IsReplay))
            {
                switch (outcome.Result.Event)
                {
                    case BudgetAdjusted e: budget += e.DeltaWon; break;
                    case AllotmentAdjusted e: allotted += e.DeltaWon; break;
                    case CommitmentPended e: pending += e.AmountWon; break;
                    case CommitmentPosted e: pending -= e.PostedWon + e.ReleasedWon; committed += e.PostedWon; break;
                    case CommitmentVoided e: pending -= e.ReleasedWon; break;
                    case CommitmentReduced e: committed -= e.ReleasedWon; break;
                    case ExpenditureResolved e: resolved += e.AmountWon; break;
                    case PaymentMade e: paid += e.AmountWon; break;
                    case ExpenditureRefunded e: committed -= e.AmountWon; resolved -= e.AmountWon; paid -= e.AmountWon; refunded += e.AmountWon; break;
                }
            }
            Assert.Equal(new BudgetLineBalance(budget, allotted, pending, committed, resolved, paid, refunded), scenario.Ledger.Balance);
        });

    [Fact]
    public void Post_WhenRandomSequences_JournalBalancesAndMatchesTheLine() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var scenario = ExecutionScenario.Run(steps, (scenario, _) =>
            {
                var books = scenario.Books;
                var balance = scenario.Ledger.Balance;
                var trial = books.TrialBalance();
                Assert.Equal(0, trial.DifferenceWon);
                // Cash went out for payments and came back for refunds; the payable is what is resolved and unpaid;
                // the 통계목's account (an expense, an asset, or a liability being repaid) was debited with what is
                // resolved net of refunds.
                Assert.Equal(-balance.PaidWon, books.BalanceWon(ChartOfAccounts.Cash));
                Assert.Equal(balance.UnpaidWon, books.BalanceWon(ChartOfAccounts.Payables));
                var debited = ExpenditureDebitAccount.For(scenario.Ledger.Line.Item);
                Assert.Equal(balance.ResolvedWon, books.DebitTotalWon(debited) - books.CreditTotalWon(debited));
            });
            Assert.Equal(scenario.Books.TrialBalance().Rows, TrialBalance.Of(scenario.Books.Entries).Rows);
            Assert.True(TrialBalance.Of(scenario.Books.Entries).IsBalanced);
        });

    [Fact]
    public void Post_WhenSeveralLinesShareOneFiscalAccountsBooks_TrialBalanceIsZeroAndCashIsTheirSum() =>
        ForAll(Arb.Zip(ExecutionGenerators.Scenarios, ExecutionGenerators.Scenarios), pair =>
        {
            var books = new GeneralLedger(Lines.OfficeSupplies.Account);
            var first = ExecutionScenario.Run(pair.Item1, line: Lines.Varied[0], books: books, idPrefix: "a");
            var second = ExecutionScenario.Run(pair.Item2, line: Lines.Varied[1], books: books, idPrefix: "b");
            Assert.True(books.TrialBalance().IsBalanced);
            Assert.Equal(-(first.Ledger.Balance.PaidWon + second.Ledger.Balance.PaidWon), books.BalanceWon(ChartOfAccounts.Cash));
            Assert.Equal(first.Ledger.Balance.UnpaidWon + second.Ledger.Balance.UnpaidWon, books.BalanceWon(ChartOfAccounts.Payables));
            Assert.All(books.Entries, e => Assert.True(e.BudgetLine == first.Ledger.Line || e.BudgetLine == second.Ledger.Line));
        });

    [Fact]
    public void Pay_WhenRandomSequences_NoPaymentIsAppliedTwice() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var scenario = ExecutionScenario.Run(steps);
            var applied = scenario.Outcomes
                .Where(o => !o.Result.IsReplay)
                .Select(o => o.Result.Event)
                .OfType<PaymentMade>()
                .ToList();
            var payments = scenario.Ledger.Payments.ToList();
            Assert.Equal(applied.Count, applied.Select(p => p.OperationId).Distinct().Count());
            Assert.Equal(applied.Count, payments.Count);
            Assert.Equal(applied.Sum(p => p.AmountWon), payments.Sum(p => p.AmountWon));
            Assert.Equal(applied.Sum(p => p.AmountWon), scenario.Books.CreditTotalWon(ChartOfAccounts.Cash));
            Assert.All(applied, p => Assert.True(scenario.Books.TryGetEntry(p.OperationId, out _)));
            // A payment that came back as a replay moved no money.
            Assert.All(scenario.Outcomes.Where(o => o.Sent is Payment && o.Result.IsReplay), o => Assert.Equal(o.Before, o.After));
        });

    [Fact]
    public void VoidPostOrReduce_WhenRandomSequences_FreesExactlyTheRemainder() =>
        ForAll(ExecutionGenerators.Scenarios, steps => ExecutionScenario.Run(steps, (_, outcome) =>
        {
            if (outcome.Result.IsReplay || !outcome.Result.IsApplied)
            {
                return;
            }
            var freed = outcome.After.AvailableWon - outcome.Before.AvailableWon;
            switch (outcome.Result.Event)
            {
                case CommitmentVoided voided:
                    Assert.Equal(outcome.CommitmentBefore!.Value.RequestedWon, voided.ReleasedWon);
                    Assert.Equal(voided.ReleasedWon, freed);
                    break;
                case CommitmentPosted posted:
                    Assert.Equal(outcome.CommitmentBefore!.Value.RequestedWon - posted.PostedWon, posted.ReleasedWon);
                    Assert.Equal(posted.ReleasedWon, freed);
                    break;
                case CommitmentReduced reduced:
                    Assert.Equal(reduced.ReleasedWon, freed);
                    break;
                case ExpenditureRefunded refunded:
                    Assert.Equal(refunded.AmountWon, freed);
                    break;
                case CommitmentPended pended:
                    Assert.Equal(-pended.AmountWon, freed);
                    break;
            }
        }));

    [Fact]
    public void Apply_WhenAnEarlierIdIsReplayed_ReturnsTheOriginalResultAndChangesNothing() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var scenario = ExecutionScenario.Run(steps);
            foreach (var replay in scenario.Outcomes.Where(o => o.Step.Kind == StepKind.Replay && o.FirstResultOfThisId is not null))
            {
                Assert.True(replay.Result.IsReplay);
                Assert.Equal(replay.FirstResultOfThisId, replay.Result with { IsReplay = false });
                Assert.Equal(replay.Before, replay.After);
                Assert.Equal(replay.LogCountBefore, replay.LogCountAfter);
                Assert.Equal(replay.JournalEntriesBefore, replay.JournalEntriesAfter);
            }
        });

    [Fact]
    public void Apply_WhenAnIdIsReusedWithOtherContent_RefusesAndChangesNothing() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var scenario = ExecutionScenario.Run(steps);
            foreach (var reuse in scenario.Outcomes.Where(o => o.Step.Kind == StepKind.ReuseIdWithDifferentContent && o.FirstResultOfThisId is not null))
            {
                Assert.Equal(ExecutionRefusalCode.ExistsWithDifferentContent, reuse.Result.Refusal?.Code);
                Assert.False(reuse.Result.IsReplay);
                Assert.Equal(reuse.Before, reuse.After);
                Assert.Equal(reuse.LogCountBefore, reuse.LogCountAfter);
                Assert.Equal(reuse.JournalEntriesBefore, reuse.JournalEntriesAfter);
                Assert.True(scenario.Ledger.TryGetResult(reuse.Sent.Id, out var stored));
                Assert.Equal(reuse.FirstResultOfThisId, stored);
            }
        });

    [Fact]
    public void Apply_WhenRefused_ChangesNothingButTheLog() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var scenario = ExecutionScenario.Run(steps);
            foreach (var refused in scenario.Outcomes.Where(o => o.Result.IsRefused))
            {
                Assert.Equal(refused.Before, refused.After);
                Assert.Equal(refused.JournalEntriesBefore, refused.JournalEntriesAfter);
                Assert.Equal(refused.Result.IsReplay || refused.Result.Refusal!.Code == ExecutionRefusalCode.ExistsWithDifferentContent ? 0 : 1,
                    refused.LogCountAfter - refused.LogCountBefore);
            }
        });

    [Fact]
    public void Rebuild_WhenRandomSequences_ReproducesTheLedgerFromItsLog() =>
        ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            var ledger = ExecutionScenario.Run(steps).Ledger;
            var rebuilt = BudgetLineLedger.Rebuild(ledger.Line, ledger.Operations);
            Assert.Equal(ledger.Balance, rebuilt.Balance);
            Assert.Equal(ledger.Operations, rebuilt.Operations);
            foreach (var operation in ledger.Operations)
            {
                ledger.TryGetResult(operation.Id, out var original);
                rebuilt.TryGetResult(operation.Id, out var again);
                Assert.Equal(original, again);
            }
        });

    [Fact]
    public void Scenarios_WhenGenerated_ReachEveryKindOfOutcome()
    {
        // Guards the generator: a property that never meets a partial post or a refund proves nothing about them.
        var seen = new HashSet<string>();
        PropertyCheck.ForAll(ExecutionGenerators.Scenarios, steps =>
        {
            foreach (var outcome in ExecutionScenario.Run(steps).Outcomes)
            {
                seen.Add(outcome.Result.Event?.GetType().Name ?? outcome.Result.Refusal!.Code.ToString());
                if (outcome.Result.Event is CommitmentPosted { ReleasedWon: > 0 })
                {
                    seen.Add("PartialPost");
                }
                if (outcome.Result.IsReplay)
                {
                    seen.Add("Replay");
                }
                if (outcome.After.BudgetWon == ExecutionLimits.MaxAmountWon)
                {
                    seen.Add("BudgetAtTheLimit");
                }
            }
        });
        string[] expected =
        [
            nameof(CommitmentPended), nameof(CommitmentPosted), "PartialPost", nameof(CommitmentVoided), nameof(CommitmentReduced),
            nameof(ExpenditureResolved), nameof(PaymentMade), nameof(ExpenditureRefunded), "Replay", "BudgetAtTheLimit",
            nameof(ExecutionRefusalCode.ExistsWithDifferentContent), nameof(ExecutionRefusalCode.CommitmentsExceedAllotment),
            nameof(ExecutionRefusalCode.PaymentExceedsResolution), nameof(ExecutionRefusalCode.RefundExceedsPayment),
            nameof(ExecutionRefusalCode.PostingExceedsPending), nameof(ExecutionRefusalCode.AmountOutOfRange),
            nameof(ExecutionRefusalCode.LineBudgetLimitExceeded), nameof(ExecutionRefusalCode.AllotmentExceedsBudget),
        ];
        Assert.All(expected, kind => Assert.Contains(kind, seen));
    }
}
