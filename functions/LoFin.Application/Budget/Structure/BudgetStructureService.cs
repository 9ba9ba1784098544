using System.Globalization;
using System.Text;
using LoFin.Application.Documents;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Formulation;
using LoFin.Domain.Budget.Structure;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// A year's budget structure: import (CSV or generated), export, the tree. An import is checked
/// whole first; then the lines go to a fresh line set and one conditional batch points the open
/// version at it, so a failure at any point leaves the version as it was.
/// </summary>
public sealed class BudgetStructureService(BudgetStore budgets, TimeProvider clock)
{
    public async Task<CsvImportOutcome> ImportExpenditureCsvAsync(TenantId tenant, int fiscalYear, string text, string userId, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(text) > CsvLimits.MaxBytes)
        {
            return new(null, [new CsvError(1, ExpenditureCsv.Header[0], $"파일이 {CsvLimits.MaxBytes / 1024 / 1024}MB를 넘습니다.")]);
        }
        var read = ExpenditureCsv.Read(text, fiscalYear);
        if (!read.IsValid)
        {
            return new(null, read.Errors);
        }
        return new(await ImportExpenditureAsync(tenant, fiscalYear, read.Value!, userId, cancellationToken), []);
    }

    /// <summary>
    /// Replaces the expenditure lines of the year's open version (creating the year and its 본예산
    /// on first import). Amounts become the departments' requests; 사정 starts afresh.
    /// </summary>
    public async Task<ImportSummary> ImportExpenditureAsync(TenantId tenant, int fiscalYear, ExpenditureFile file, string userId, CancellationToken cancellationToken)
    {
        var problems = BudgetStructureRules.Check(fiscalYear, [.. file.Accounts.Select(a => a.Account)], [.. file.Departments.Select(d => d.Department)], file.Lines);
        if (problems.Count > 0)
        {
            throw new Validation.RequestValidationException(problems.Take(CsvLimits.MaxErrors).GroupBy(p => p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => $"{p.LineIndex + 1}번째 과목: {p.Message}").ToArray()));
        }
        var now = clock.GetUtcNow();
        var year = await budgets.ReadYearAsync(tenant, fiscalYear, cancellationToken);
        var number = year is null ? 1 : year.Body.OpenNumber
            ?? throw new BudgetRefusedException(BudgetRefusal.Conflict, "의결된 예산에는 가져올 수 없습니다. 추가경정예산을 만든 뒤 가져오세요.");
        var version = year is null ? null : await budgets.RequireVersionAsync(tenant, fiscalYear, number, cancellationToken);
        if (version is not null && LinesChangeOnlyWhileDrafting.Check(version.Body.Status) is { } notDrafting)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, notDrafting);
        }
        var versionId = BudgetDocumentIds.VersionId(fiscalYear, number);
        var lineSetId = $"{versionId}.{Guid.CreateVersion7():N}";
        await budgets.WriteLineSetAsync(tenant,
            file.Lines.Select(l => BudgetLineDocument.Create(lineSetId, l.Key, l.Program, LineAmounts.None.Request(l.Funding), userId, null)),
            cancellationToken);
        var total = file.Lines.Sum(l => l.AmountWon);
        var accounts = Merge(year?.Body.Accounts.Select(a => (a.Code, a.Name)), file.Accounts.Select(a => (a.Account.ToString(), a.Name)))
            .Select(p => new AccountEntry(p.Code, p.Name)).ToList();
        var departments = Merge(year?.Body.Departments.Select(d => (d.Code, d.Name)), file.Departments.Select(d => (d.Department.ToString(), d.Name)))
            .Select(p => new DepartmentEntry(p.Code, p.Name)).ToList();
        var imported = new VersionEvent("imported", userId, now, string.Create(CultureInfo.InvariantCulture, $"{file.Lines.Count}개 과목"));
        var batch = new TransactionalBatch(tenant);
        if (year is null || version is null)
        {
            batch.Create(BudgetDocumentIds.Year(fiscalYear), new BudgetYearDocument(fiscalYear, accounts, departments, 1, null, 1));
            batch.Create(BudgetDocumentIds.Version(fiscalYear, 1), new BudgetVersionDocument(fiscalYear, 1, versionId, BudgetVersionKind.Original,
                FormulationNames.VersionName(fiscalYear, 1), BudgetVersionStatus.Drafting, lineSetId, file.Lines.Count, total, [], 1,
                [new VersionEvent("created", userId, now), imported], null, null));
        }
        else
        {
            batch.Replace(BudgetDocumentIds.Year(fiscalYear), year.Body with { Accounts = accounts, Departments = departments }, year.ETag);
            batch.Replace(BudgetDocumentIds.Version(fiscalYear, number), version.Body with
            {
                LineSetId = lineSetId,
                LineCount = file.Lines.Count,
                ExpenditureTotalWon = total,
                Revision = version.Body.Revision + 1,
                History = [.. version.Body.History, imported],
            }, version.ETag);
        }
        await ExecuteOrConflictAsync(batch, cancellationToken);
        return new ImportSummary(fiscalYear, number, versionId, file.Lines.Count, total);
    }

    public async Task<CsvImportOutcome> ImportRevenueCsvAsync(TenantId tenant, int fiscalYear, string text, string userId, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(text) > CsvLimits.MaxBytes)
        {
            return new(null, [new CsvError(1, RevenueCsv.Header[0], $"파일이 {CsvLimits.MaxBytes / 1024 / 1024}MB를 넘습니다.")]);
        }
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var read = RevenueCsv.Read(text, fiscalYear, [.. year.Body.Accounts.Select(a => FiscalAccount.Parse(a.Code))]);
        if (!read.IsValid)
        {
            return new(null, read.Errors);
        }
        return new(await ImportRevenueAsync(tenant, fiscalYear, read.Value!, userId, cancellationToken), []);
    }

    /// <summary>Replaces the revenue lines of the open version.</summary>
    public async Task<ImportSummary> ImportRevenueAsync(TenantId tenant, int fiscalYear, IReadOnlyList<RevenueLine> lines, string userId, CancellationToken cancellationToken)
    {
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var problems = BudgetStructureRules.CheckRevenue([.. year.Body.Accounts.Select(a => FiscalAccount.Parse(a.Code))], lines);
        if (problems.Count > 0)
        {
            throw new Validation.RequestValidationException(problems.Take(CsvLimits.MaxErrors).GroupBy(p => p.Field)
                .ToDictionary(g => g.Key, g => g.Select(p => $"{p.LineIndex + 1}번째 과목: {p.Message}").ToArray()));
        }
        var number = year.Body.OpenNumber
            ?? throw new BudgetRefusedException(BudgetRefusal.Conflict, "의결된 예산에는 가져올 수 없습니다. 추가경정예산을 만든 뒤 가져오세요.");
        var version = await budgets.RequireVersionAsync(tenant, fiscalYear, number, cancellationToken);
        if (LinesChangeOnlyWhileDrafting.Check(version.Body.Status) is { } notDrafting)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, notDrafting);
        }
        var entries = lines.Select(l => new RevenueEntry(l.Account.ToString(), l.Code.ToString(), l.Name, l.AmountWon)).ToList();
        var batch = new TransactionalBatch(tenant).Replace(BudgetDocumentIds.Version(fiscalYear, number), version.Body with
        {
            RevenueLines = entries,
            Revision = version.Body.Revision + 1,
            History = [.. version.Body.History, new VersionEvent("revenue-imported", userId, clock.GetUtcNow(), $"{entries.Count}개 세입과목")],
        }, version.ETag);
        await ExecuteOrConflictAsync(batch, cancellationToken);
        return new ImportSummary(fiscalYear, number, version.Body.VersionId, entries.Count, entries.Sum(e => e.AmountWon));
    }

    public async Task<string> ExportExpenditureCsvAsync(TenantId tenant, int fiscalYear, int? versionNumber, CancellationToken cancellationToken)
    {
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var version = await budgets.ResolveVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
        var lines = (await budgets.ReadLinesAsync(tenant, version.Body.LineSetId, cancellationToken))
            .Select(l => l.Body.ToLine()).OrderBy(l => l.Key.ToString(), StringComparer.Ordinal).ToList();
        return ExpenditureCsv.Write(new ExpenditureFile(
            [.. year.Body.Accounts.Select(a => new NamedAccount(FiscalAccount.Parse(a.Code), a.Name))],
            [.. year.Body.Departments.Select(d => new NamedDepartment(DepartmentCode.Parse(d.Code), d.Name))],
            lines));
    }

    public async Task<string> ExportRevenueCsvAsync(TenantId tenant, int fiscalYear, int? versionNumber, CancellationToken cancellationToken)
    {
        var version = await budgets.ResolveVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
        return RevenueCsv.Write(fiscalYear, [.. version.Body.RevenueLines.Select(ToRevenueLine)]);
    }

    public async Task<BudgetYearView> GetYearAsync(TenantId tenant, int fiscalYear, CancellationToken cancellationToken)
    {
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var versions = new List<BudgetVersionView>();
        for (var n = 1; n <= year.Body.VersionCount; n++)
        {
            versions.Add(BudgetVersionView.From((await budgets.RequireVersionAsync(tenant, fiscalYear, n, cancellationToken)).Body));
        }
        return new BudgetYearView(fiscalYear, year.Body.Accounts, year.Body.Departments, year.Body.LatestAdoptedNumber, year.Body.OpenNumber, versions);
    }

    /// <summary>The tree of a version (the open draft, else the latest adopted, when none is named), optionally one department's lines only.</summary>
    public async Task<BudgetTree> GetTreeAsync(TenantId tenant, int fiscalYear, int? versionNumber, DepartmentCode? department, CancellationToken cancellationToken)
    {
        var year = await budgets.RequireYearAsync(tenant, fiscalYear, cancellationToken);
        var version = await budgets.ResolveVersionAsync(tenant, fiscalYear, versionNumber, cancellationToken);
        var departmentNames = year.Body.Departments.ToDictionary(d => d.Code, d => d.Name);
        var departmentText = department?.ToString();
        var lines = (await budgets.ReadLinesAsync(tenant, version.Body.LineSetId, cancellationToken))
            .Where(l => departmentText is null || l.Body.Department == departmentText).ToList();
        var accounts = new List<BudgetAccountTree>();
        foreach (var account in year.Body.Accounts)
        {
            var expenditure = lines.Where(l => l.Body.Account == account.Code).ToList();
            var revenue = version.Body.RevenueLines.Where(r => r.Account == account.Code).Select(ToRevenueLine).ToList();
            if (expenditure.Count == 0 && revenue.Count == 0)
            {
                continue;
            }
            accounts.Add(new BudgetAccountTree(account.Code, account.Name, expenditure.Sum(l => l.Body.FinalWon), revenue.Sum(r => r.AmountWon),
                ExpenditureTree(expenditure, departmentNames), RevenueTree(revenue)));
        }
        return new BudgetTree(BudgetVersionView.From(version.Body), accounts);
    }

    private static List<BudgetTreeNode> ExpenditureTree(List<Document<BudgetLineDocument>> lines, Dictionary<string, string> departmentNames) =>
        [.. lines.GroupBy(l => FunctionalSector.Parse(l.Body.Sector).Field).OrderBy(g => g.Key.Code).Select(field =>
            new BudgetTreeNode("field", field.Key.ToString(), field.Key.Name, field.Sum(l => l.Body.FinalWon),
            [.. field.GroupBy(l => l.Body.Sector).OrderBy(g => g.Key, StringComparer.Ordinal).Select(sector =>
                new BudgetTreeNode("sector", sector.Key, FunctionalSector.Parse(sector.Key).Name, sector.Sum(l => l.Body.FinalWon),
                [.. sector.GroupBy(l => l.Body.PolicyProgram).OrderBy(g => g.Key, StringComparer.Ordinal).Select(policy =>
                    new BudgetTreeNode("policy", policy.Key, policy.First().Body.PolicyProgramName, policy.Sum(l => l.Body.FinalWon),
                    [.. policy.GroupBy(l => l.Body.UnitProgram).OrderBy(g => g.Key, StringComparer.Ordinal).Select(unit =>
                        new BudgetTreeNode("unit", unit.Key, unit.First().Body.UnitProgramName, unit.Sum(l => l.Body.FinalWon),
                        [.. unit.GroupBy(l => l.Body.DetailedProgram).OrderBy(g => g.Key, StringComparer.Ordinal).Select(detailed =>
                            new BudgetTreeNode("detailed", detailed.Key, detailed.First().Body.DetailedProgramName, detailed.Sum(l => l.Body.FinalWon), null,
                            [.. detailed.OrderBy(l => l.Body.LineKey, StringComparer.Ordinal)
                                .Select(l => BudgetLineView.From(l, departmentNames.GetValueOrDefault(l.Body.Department)))]))]))]))]))]))];

    private static List<BudgetTreeNode> RevenueTree(List<RevenueLine> lines) =>
        [.. lines.GroupBy(l => l.Code.Chapter).OrderBy(g => g.Key).Select(chapter =>
            new BudgetTreeNode("chapter", ((int)chapter.Key).ToString(CultureInfo.InvariantCulture), BudgetNames.Of(chapter.Key), chapter.Sum(l => l.AmountWon),
            [.. chapter.GroupBy(l => l.Code.Section).OrderBy(g => g.Key).Select(section =>
                new BudgetTreeNode("section", section.Key.ToString(CultureInfo.InvariantCulture), null, section.Sum(l => l.AmountWon),
                [.. section.GroupBy(l => l.Code.Item).OrderBy(g => g.Key).Select(item =>
                    new BudgetTreeNode("item", item.Key.ToString(CultureInfo.InvariantCulture), null, item.Sum(l => l.AmountWon),
                    [.. item.OrderBy(l => l.Code.Code).Select(l => new BudgetTreeNode("subItem", l.Code.ToString(), l.Name, l.AmountWon))]))]))]))];

    private static RevenueLine ToRevenueLine(RevenueEntry entry) =>
        new(FiscalAccount.Parse(entry.Account), RevenueCode.Parse(entry.Code), entry.Name, entry.AmountWon);

    private static IEnumerable<(string Code, string Name)> Merge(IEnumerable<(string Code, string Name)>? existing, IEnumerable<(string Code, string Name)> imported)
    {
        var merged = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var (code, name) in existing ?? [])
        {
            merged[code] = name;
        }
        foreach (var (code, name) in imported)
        {
            merged[code] = name;
        }
        return merged.Select(p => (p.Key, p.Value));
    }

    private async Task ExecuteOrConflictAsync(TransactionalBatch batch, CancellationToken cancellationToken)
    {
        try
        {
            await budgets.Documents.ExecuteBatchAsync(batch, cancellationToken);
        }
        catch (TransactionalBatchFailedException failed) when (failed.Cause is DocumentPreconditionFailedException or DocumentConflictException)
        {
            throw new BudgetRefusedException(BudgetRefusal.Conflict, "다른 사용자가 같은 예산을 동시에 변경했습니다. 다시 읽은 뒤 시도하세요.");
        }
    }
}
