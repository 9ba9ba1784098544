using LoFin.Application.Documents;
using LoFin.Application.Execution.Commitments;
using LoFin.Application.Payments;
using LoFin.Application.Payments.Bank;
using LoFin.Application.Payments.Payees;
using LoFin.Domain.Budget;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Execution.Resolutions;

/// <summary>
/// 지출결의: drafted against an approved commitment with the payee's account confirmed by the bank
/// (예금주 조회; a name mismatch blocks it), sent along the approval line, and on approval
/// recorded by <see cref="ExpenditureService"/>. The draft does not reserve: the ledger checks
/// resolved ≤ commitment at approval, so of two drafts that together exceed the commitment the
/// second approved is refused and says so.
/// </summary>
public sealed class ResolutionService(
    IDocumentStore store,
    CommitmentService commitments,
    VerifyPayeeAccount verifier,
    ExpenditureService expenditures,
    TimeProvider clock)
{
    public async Task<ResolutionDraftOutcome> DraftAsync(TenantId tenant, ResolutionDraft draft, string userId, CancellationToken cancellationToken)
    {
        var existing = await store.ReadAsync<ResolutionDocument>(tenant, ResolutionDocument.IdFor(draft.ResolutionId), cancellationToken);
        if (existing is not null)
        {
            return new ResolutionDraftOutcome.Drafted(existing.Body, Created: false);
        }
        var commitment = await store.ReadAsync<CommitmentDocument>(tenant, CommitmentDocument.IdFor(draft.CommitmentId), cancellationToken);
        if (commitment is null)
        {
            return new ResolutionDraftOutcome.Invalid(new Dictionary<string, string[]> { ["commitmentId"] = [$"원인행위 {draft.CommitmentId}이(가) 없습니다."] });
        }
        if (commitment.Body.Status != ExecutionStatus.Approved)
        {
            return new ResolutionDraftOutcome.Refused($"원인행위 {draft.CommitmentId}은(는) 결재가 끝나지 않아 지출결의할 수 없습니다.");
        }
        var view = await commitments.ReadLedgerViewAsync(tenant, commitment.Body, cancellationToken);
        if (view is not { } held || held.UnresolvedWon < draft.AmountWon)
        {
            return new ResolutionDraftOutcome.Refused(
                $"원인행위 잔액 {view?.UnresolvedWon ?? 0:N0}원보다 큰 {draft.AmountWon:N0}원은 지출결의할 수 없습니다.");
        }
        var verification = await verifier.ExecuteAsync(tenant, userId, draft.Payee.BankCode, draft.Payee.AccountNumber, draft.Payee.HolderName, cancellationToken);
        switch (verification)
        {
            case PayeeVerificationOutcome.Invalid invalid:
                return new ResolutionDraftOutcome.Invalid(invalid.Errors.ToDictionary(e => "payee." + e.Key, e => e.Value));
            case PayeeVerificationOutcome.BankUnavailable unavailable:
                return new ResolutionDraftOutcome.BankUnavailable(unavailable.Failure.Detail);
            case PayeeVerificationOutcome.Verified { Record: var record } when record.Result != AccountVerificationResult.Match:
                return new ResolutionDraftOutcome.PayeeNotConfirmed(record);
        }
        var confirmed = ((PayeeVerificationOutcome.Verified)verification).Record;
        var resolution = new ResolutionDocument(draft.ResolutionId, draft.CommitmentId, commitment.Body.LineKey, commitment.Body.FiscalYear,
            commitment.Body.FiscalAccountCode, draft.Title, draft.AmountWon, draft.Payee with { HolderName = draft.Payee.HolderName.Trim() },
            confirmed.VerificationId, ExecutionStatus.Pending, null, userId, clock.GetUtcNow(), draft.ApprovalInstanceId, null, null);
        try
        {
            await store.CreateAsync(tenant, ResolutionDocument.IdFor(draft.ResolutionId), resolution, cancellationToken);
            return new ResolutionDraftOutcome.Drafted(resolution, Created: true);
        }
        catch (DocumentConflictException)
        {
            var first = await store.ReadAsync<ResolutionDocument>(tenant, ResolutionDocument.IdFor(draft.ResolutionId), cancellationToken);
            return new ResolutionDraftOutcome.Drafted(first!.Body, Created: false);
        }
    }

    /// <summary>
    /// The approval line ended. On approval the resolution is recorded in the ledger and its
    /// payable opened; the ledger's refusal (the commitment no longer covers it) is kept on the
    /// document. Safe to repeat: the ledger answers a repeated resolution id with its first result.
    /// </summary>
    public async Task<ResolutionDocument?> CompleteAsync(TenantId tenant, string resolutionId, ApprovalVerdict verdict, string? decidedBy,
        CancellationToken cancellationToken)
    {
        var stored = await store.ReadAsync<ResolutionDocument>(tenant, ResolutionDocument.IdFor(resolutionId), cancellationToken);
        if (stored is null || stored.Body.Status != ExecutionStatus.Pending)
        {
            return stored?.Body;
        }
        var resolution = stored.Body;
        var decided = resolution with { DecidedBy = decidedBy, DecidedAt = clock.GetUtcNow() };
        if (verdict == ApprovalVerdict.Approved)
        {
            var result = await expenditures.RecordApprovedAsync(tenant, new ApprovedExpenditure(resolution.ResolutionId, BudgetLineKey.Parse(resolution.LineKey),
                resolution.CommitmentId, resolution.Title, resolution.AmountWon, resolution.Payee, decidedBy ?? resolution.DraftedBy), cancellationToken);
            decided = result.IsApplied
                ? decided with { Status = ExecutionStatus.Approved }
                : decided with { Status = ExecutionStatus.Refused, RefusalMessage = result.Refusal?.Message };
        }
        else
        {
            decided = decided with { Status = verdict == ApprovalVerdict.Rejected ? ExecutionStatus.Rejected : ExecutionStatus.Withdrawn };
        }
        await store.ReplaceAsync(tenant, stored.Id, decided, stored.ETag, cancellationToken);
        return decided;
    }
}
