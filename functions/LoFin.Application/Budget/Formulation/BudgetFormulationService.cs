using LoFin.Application.Budget.Structure;
using LoFin.Application.Documents;
using LoFin.Application.Messaging;
using LoFin.Application.Validation;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Formulation;
using LoFin.Domain.Budget.Structure;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Formulation;

/// <summary>
/// Formulation of a year's budget: 예산요구 per line by departments, 사정 by the budget office with
/// reasons, 제출, 의결 (which tells execution through <see cref="BudgetMessages.VersionAdopted"/> in
/// the same batch), and 추가경정예산 as new versions compared line by line with the one before.
/// </summary>
public sealed class BudgetFormulationService(BudgetStore budgets, TimeProvider clock)
{
    /// <summary>Concurrent line changes meet on the version document; each retries on a fresh read.</summary>
    private const int MaxVersionAttempts = 16;

    public Task<BudgetLineView> RequestAsync(TenantId tenant, int fiscalYear, int versionNumber, LineRequest request, string userId, CancellationToken cancellationToken) =>
        ChangeLineAsync(tenant, fiscalYear, versionNumber, request.Key, request.ETag, allowNew: true, async (year, version, existing) =>
        {
            if (existing is not null)
            {
                return existing.Body with { Requested = FundingAmounts.From(request.Amount), RequestedBy = userId };
            }
            var program = request.Program ?? throw new RequestValidationException("program", "새 예산 과목에는 부문, 정책사업, 단위사업과 세부사업명이 필요합니다.");
            await CheckNewLineAsync(tenant, year, version, request.Key, program, cancellationToken);
            return BudgetLineDocument.Create(version.LineSetId, request.Key, program, LineAmounts.None.Request(request.Amount), userId, null);
        }, cancellationToken);

    public Task<BudgetLineView> AdjustAsync(TenantId tenant, int fiscalYear, int versionNumber, LineAdjustment adjustment, string userId, CancellationToken cancellationToken) =>
        ChangeLineAsync(tenant, fiscalYear, versionNumber, adjustment.Key, adjustment.ETag, allowNew: false, (_, _, existing) =>
        {
            if (AdjustmentNeedsReason.Check(existing!.Body.Requested?.ToSplit(), adjustment.Amount, adjustment.Reason) is { } problem)
            {
                throw new RequestValidationException("reason", problem);
            }
            var amounts = existing.Body.Amounts.Adjust(adjustment.Amount, adjustment.Reason);
            return Task.FromResult(existing.Body with { Adjusted = FundingAmounts.From(adjustment.Amount), AdjustmentReason = amounts.AdjustmentReason, AdjustedBy = userId });
        }, cancellationToken);

    public async Task<BudgetVersionView> SubmitAsync(TenantId tenant, int fiscalYear, int versionNumber, string userId, CancellationToken cancellationToken)
    {
        var version = await budgets.RequireVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
        if (version.Body.Status == BudgetVersionStatus.Submitted)
        {
            return BudgetVersionView.From(version.Body); // a retried submission
        }
        if (OnlyDraftingVersionIsSubmitted.Check(version.Body.Status, version.Body.ExpenditureTotalWon) is { } problem)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, problem);
        }
        var submitted = version.Body with
        {
            Status = BudgetVersionStatus.Submitted,
            History = [.. version.Body.History, new VersionEvent("submitted", userId, clock.GetUtcNow())],
        };
        await ReplaceOrConflictAsync(tenant, BudgetDocumentIds.Version(fiscalYear, versionNumber), submitted, version.ETag, cancellationToken);
        return BudgetVersionView.From(submitted);
    }

    /// <summary>
    /// 의결: marks the version adopted, makes it the year's latest, and — in the same batch — enqueues
    /// <see cref="BudgetVersionAdopted"/> with every line's amount. Adopting an adopted version
    /// returns it and sends nothing, so a retry never announces the budget twice.
    /// </summary>
    public async Task<BudgetVersionView> AdoptAsync(TenantId tenant, int fiscalYear, int versionNumber, string? councilResolution, string userId, CancellationToken cancellationToken)
    {
        if (councilResolution is { Length: > 200 })
        {
            throw new RequestValidationException("councilResolution", "의결 내용(의안번호 등)은 200자 이내로 입력하세요.");
        }
        var version = await budgets.RequireVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
        if (version.Body.Status == BudgetVersionStatus.Adopted)
        {
            return BudgetVersionView.From(version.Body);
        }
        if (OnlySubmittedVersionIsAdopted.Check(version.Body.Status) is { } problem)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, problem);
        }
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var lines = (await budgets.ReadLinesAsync(tenant, version.Body.LineSetId, cancellationToken))
            .Select(l => new AdoptedLineAmount(l.Body.LineKey, l.Body.FinalWon)).OrderBy(l => l.LineKey, StringComparer.Ordinal).ToList();
        var now = clock.GetUtcNow();
        var adopted = version.Body with
        {
            Status = BudgetVersionStatus.Adopted,
            AdoptedAt = now,
            CouncilResolution = string.IsNullOrWhiteSpace(councilResolution) ? null : councilResolution.Trim(),
            History = [.. version.Body.History, new VersionEvent("adopted", userId, now, councilResolution)],
        };
        var batch = new TransactionalBatch(tenant)
            .Replace(BudgetDocumentIds.Version(fiscalYear, versionNumber), adopted, version.ETag)
            .Replace(BudgetDocumentIds.Year(fiscalYear), year.Body with
            {
                LatestAdoptedNumber = Math.Max(versionNumber, year.Body.LatestAdoptedNumber ?? 0),
                OpenNumber = year.Body.OpenNumber == versionNumber ? null : year.Body.OpenNumber,
            }, year.ETag);
        var parts = lines.Chunk(BudgetMessages.AdoptedLinesPerPart).ToList();
        if (parts.Count == 0)
        {
            parts.Add([]);
        }
        for (var i = 0; i < parts.Count; i++)
        {
            var payload = new BudgetVersionAdopted(tenant, fiscalYear, version.Body.VersionId, versionNumber, version.Body.Kind.ToString(),
                i + 1, parts.Count, lines.Count, now, parts[i]);
            batch.Enqueue(OutboxMessage.Create(BudgetMessages.VersionAdopted, tenant, payload,
                BudgetMessages.VersionAdoptedMessageId(tenant, version.Body.VersionId, i + 1), correlationId: version.Body.VersionId));
        }
        try
        {
            await budgets.Documents.ExecuteBatchAsync(batch, cancellationToken);
        }
        catch (TransactionalBatchFailedException failed) when (failed.Cause is DocumentPreconditionFailedException)
        {
            // Someone adopted (or changed) it first: their adoption sent the message; ours sends nothing.
            var now2 = await budgets.RequireVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
            if (now2.Body.Status == BudgetVersionStatus.Adopted)
            {
                return BudgetVersionView.From(now2.Body);
            }
            throw new BudgetRefusedException(BudgetRefusal.Conflict, "다른 사용자가 같은 예산을 동시에 변경했습니다. 다시 읽은 뒤 시도하세요.");
        }
        return BudgetVersionView.From(adopted);
    }

    /// <summary>
    /// Opens the next 추가경정예산: a copy of the latest adopted version whose lines start requested
    /// at their adopted amounts. The copy's line set id is derived from the version, so a retry
    /// after a crash rewrites the same documents.
    /// </summary>
    public async Task<BudgetVersionView> CreateSupplementaryAsync(TenantId tenant, int fiscalYear, string userId, CancellationToken cancellationToken)
    {
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        if (SupplementaryFollowsAdoptedVersion.Check(year.Body.LatestAdoptedNumber, year.Body.OpenNumber) is { } problem)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, problem);
        }
        var baseVersion = await budgets.RequireVersionAsync(tenant, fiscalYear, year.Body.LatestAdoptedNumber!.Value, cancellationToken);
        var number = year.Body.VersionCount + 1;
        var versionId = BudgetDocumentIds.VersionId(fiscalYear, number);
        var lineSetId = versionId + ".base";
        var lines = await budgets.ReadLinesAsync(tenant, baseVersion.Body.LineSetId, cancellationToken);
        await budgets.WriteLineSetAsync(tenant, lines.Select(l => l.Body with
        {
            LineSetId = lineSetId,
            Requested = l.Body.Final,
            Adjusted = null,
            AdjustmentReason = null,
            RequestedBy = null,
            AdjustedBy = null,
        }), cancellationToken);
        var now = clock.GetUtcNow();
        var version = new BudgetVersionDocument(fiscalYear, number, versionId, BudgetVersionKind.Supplementary, FormulationNames.VersionName(fiscalYear, number),
            BudgetVersionStatus.Drafting, lineSetId, lines.Count, lines.Sum(l => l.Body.FinalWon), baseVersion.Body.RevenueLines, 1,
            [new VersionEvent("created", userId, now, $"제{baseVersion.Body.Number}차 예산에서 시작")], null, null);
        var batch = new TransactionalBatch(tenant)
            .Create(BudgetDocumentIds.Version(fiscalYear, number), version)
            .Replace(BudgetDocumentIds.Year(fiscalYear), year.Body with { VersionCount = number, OpenNumber = number }, year.ETag);
        try
        {
            await budgets.Documents.ExecuteBatchAsync(batch, cancellationToken);
        }
        catch (TransactionalBatchFailedException failed) when (failed.Cause is DocumentPreconditionFailedException or DocumentConflictException)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, "다른 사용자가 먼저 추가경정예산을 만들었습니다. 예산 목록을 다시 읽으세요.");
        }
        return BudgetVersionView.From(version);
    }

    /// <summary>The version against the one before it; version 1 against nothing (every line added).</summary>
    public async Task<VersionDiffView> DiffAsync(TenantId tenant, int fiscalYear, int versionNumber, bool includeUnchanged, CancellationToken cancellationToken)
    {
        var version = await budgets.RequireVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
        var after = await AmountsAsync(tenant, version.Body.LineSetId, cancellationToken);
        int? previousNumber = versionNumber > 1 ? versionNumber - 1 : null;
        var before = previousNumber is { } p
            ? await AmountsAsync(tenant, (await budgets.RequireVersionAsync(tenant, fiscalYear, p, cancellationToken)).Body.LineSetId, cancellationToken)
            : new Dictionary<BudgetLineKey, long>();
        var differences = BudgetVersionDiff.Compute(before, after);
        int Count(LineChangeKind kind) => differences.Count(d => d.Kind == kind);
        return new VersionDiffView(fiscalYear, versionNumber, previousNumber, before.Values.Sum(), after.Values.Sum(), after.Values.Sum() - before.Values.Sum(),
            Count(LineChangeKind.Added), Count(LineChangeKind.Removed), Count(LineChangeKind.Increased), Count(LineChangeKind.Decreased), Count(LineChangeKind.Unchanged),
            [.. differences.Where(d => includeUnchanged || d.Kind != LineChangeKind.Unchanged)
                .Select(d => new LineDiffView(d.Key.ToString(), d.BeforeWon, d.AfterWon, d.DeltaWon, d.Kind.ToString()))]);
    }

    private async Task<Dictionary<BudgetLineKey, long>> AmountsAsync(TenantId tenant, string lineSetId, CancellationToken cancellationToken) =>
        (await budgets.ReadLinesAsync(tenant, lineSetId, cancellationToken)).ToDictionary(l => l.Body.Key, l => l.Body.FinalWon);

    /// <summary>
    /// One line change: read the version (must be drafting) and the line, check the caller's etag,
    /// then replace both in one batch — the version on its etag, so a change never lands after
    /// submission; a lost race on the version alone is retried, a stale line etag is the caller's 412.
    /// </summary>
    private async Task<BudgetLineView> ChangeLineAsync(TenantId tenant, int fiscalYear, int versionNumber, BudgetLineKey key, string? expectedETag, bool allowNew,
        Func<BudgetYearDocument, BudgetVersionDocument, Document<BudgetLineDocument>?, Task<BudgetLineDocument>> change, CancellationToken cancellationToken)
    {
        if (key.FiscalYear != fiscalYear)
        {
            throw new RequestValidationException("lineKey", $"예산 과목의 회계연도가 {fiscalYear}년이 아닙니다.");
        }
        for (var attempt = 1; ; attempt++)
        {
            var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
            var version = await budgets.RequireVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
            if (LinesChangeOnlyWhileDrafting.Check(version.Body.Status) is { } notDrafting)
            {
                throw new BudgetRefusedException(BudgetRefusal.Conflict, notDrafting);
            }
            var lineId = BudgetDocumentIds.Line(version.Body.LineSetId, key);
            var existing = await budgets.Documents.ReadAsync<BudgetLineDocument>(tenant, lineId, cancellationToken);
            if (existing is null && !allowNew)
            {
                throw new BudgetRefusedException(BudgetRefusal.NotFound, $"예산 과목 {key}이(가) 제{versionNumber}차 예산에 없습니다.");
            }
            if (expectedETag is not null && existing?.ETag != expectedETag)
            {
                throw new DocumentPreconditionFailedException(lineId);
            }
            var changed = await change(year.Body, version.Body, existing);
            var batch = new TransactionalBatch(tenant).Replace(BudgetDocumentIds.Version(fiscalYear, versionNumber), version.Body with
            {
                Revision = version.Body.Revision + 1,
                LineCount = version.Body.LineCount + (existing is null ? 1 : 0),
                ExpenditureTotalWon = version.Body.ExpenditureTotalWon - (existing?.Body.FinalWon ?? 0) + changed.FinalWon,
            }, version.ETag);
            if (existing is null)
            {
                batch.Create(lineId, changed);
            }
            else
            {
                batch.Replace(lineId, changed, existing.ETag);
            }
            try
            {
                var result = await budgets.Documents.ExecuteBatchAsync(batch, cancellationToken);
                return BudgetLineView.From(new Document<BudgetLineDocument>(lineId, tenant, BudgetLineDocument.DocumentType, result.ETags[1]!, clock.GetUtcNow(), changed),
                    year.Body.Departments.FirstOrDefault(d => d.Code == changed.Department)?.Name);
            }
            catch (TransactionalBatchFailedException failed) when (failed.FailedOperationIndex == 0 && failed.Cause is DocumentPreconditionFailedException && attempt < MaxVersionAttempts)
            {
                // Another line changed first; read again (the line's own etag is checked again above).
            }
            catch (TransactionalBatchFailedException failed) when (failed.FailedOperationIndex == 1)
            {
                throw failed.Cause is DocumentConflictException ? new DocumentPreconditionFailedException(lineId) : failed.Cause;
            }
        }
    }

    private async Task CheckNewLineAsync(TenantId tenant, BudgetYearDocument year, BudgetVersionDocument version, BudgetLineKey key, ProgramHierarchy program, CancellationToken cancellationToken)
    {
        if (!year.Accounts.Any(a => a.Code == key.Account.ToString()))
        {
            throw new RequestValidationException("lineKey", $"회계 {key.Account}이(가) {year.FiscalYear}년도 예산에 없습니다.");
        }
        if (!year.Departments.Any(d => d.Code == key.Department.ToString()))
        {
            throw new RequestValidationException("lineKey", $"부서 {key.Department}이(가) {year.FiscalYear}년도 예산에 없습니다.");
        }
        var lines = (await budgets.ReadLinesAsync(tenant, version.LineSetId, cancellationToken)).Select(l => l.Body.ToLine()).ToList();
        lines.Add(new ExpenditureLine(key, program, default));
        var problems = BudgetStructureRules.Check(year.FiscalYear, [.. year.Accounts.Select(a => FiscalAccount.Parse(a.Code))],
            [.. year.Departments.Select(d => DepartmentCode.Parse(d.Code))], lines).Where(p => p.LineIndex == lines.Count - 1).ToList();
        if (problems.Count > 0)
        {
            throw new RequestValidationException(problems.GroupBy(p => p.Field).ToDictionary(g => g.Key, g => g.Select(p => p.Message).ToArray()));
        }
    }

    private async Task ReplaceOrConflictAsync(TenantId tenant, string id, BudgetVersionDocument body, string etag, CancellationToken cancellationToken)
    {
        try
        {
            await budgets.Documents.ReplaceAsync(tenant, id, body, etag, cancellationToken);
        }
        catch (DocumentPreconditionFailedException)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, "다른 사용자가 같은 예산을 동시에 변경했습니다. 다시 읽은 뒤 시도하세요.");
        }
    }
}
