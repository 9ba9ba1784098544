using System.Globalization;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;
using LoFin.Domain.Tenancy;
using Microsoft.Extensions.Logging;

namespace LoFin.Application.Budget.Execution;

/// <summary>
/// Brings the execution ledgers to an adopted budget version (본예산 or 추경) and applies approved
/// 전용: each line's 예산현액 is adjusted by the difference, under an id made from the version or
/// transfer, so a redelivered message changes nothing; a version older than one a line already
/// has (messages may arrive out of order) is skipped for that line. A cut the ledger refuses (the
/// line has already allotted more than the new amount) is kept in the line's log and reported.
/// </summary>
public sealed class BudgetAdoptionApplier(BudgetLineLedgerStore ledgers, ILogger<BudgetAdoptionApplier> logger)
{
    /// <summary>Each line writes one log entry and its head.</summary>
    private const int LinesPerWrite = 45;

    public async Task ApplyVersionAsync(BudgetVersionAdopted adopted, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(adopted);
        var operationId = AdoptionId(adopted.FiscalYear, adopted.VersionNumber);
        var pending = new List<LineOperation>();
        foreach (var amount in adopted.Lines)
        {
            var line = BudgetLineKey.Parse(amount.LineKey);
            var (latestVersion, currentWon) = await ledgers.ReadAsync(adopted.TenantId, line,
                ledger => (LatestAdoptedVersion(ledger, adopted.FiscalYear), ledger.Balance.BudgetWon), cancellationToken);
            var deltaWon = amount.BudgetWon - currentWon;
            if (latestVersion < adopted.VersionNumber && deltaWon != 0)
            {
                pending.Add(new LineOperation(line, new BudgetAdjustment(operationId, deltaWon)));
            }
        }
        foreach (var chunk in pending.Chunk(LinesPerWrite))
        {
            var write = await ledgers.WriteAsync(adopted.TenantId, chunk, "의회 의결", null, cancellationToken);
            Report(adopted.TenantId, chunk, write);
        }
    }

    public async Task ApplyTransferAsync(BudgetTransferApproved transfer, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(transfer);
        var operationId = OperationId.Parse($"transfer-{transfer.TransferId}");
        // The source gives first; only once it has, the destination receives, so a refused cut never
        // creates money on the other line. A redelivery finds both ids done and changes nothing.
        LineOperation[] from = [new(BudgetLineKey.Parse(transfer.FromLineKey), new BudgetAdjustment(operationId, -transfer.AmountWon))];
        var given = await ledgers.WriteAsync(transfer.TenantId, from, "전용", null, cancellationToken);
        Report(transfer.TenantId, from, given);
        if (given.Outcome != LedgerWriteOutcome.Written || !given.Results[0].IsApplied)
        {
            return;
        }
        LineOperation[] to = [new(BudgetLineKey.Parse(transfer.ToLineKey), new BudgetAdjustment(operationId, transfer.AmountWon))];
        Report(transfer.TenantId, to, await ledgers.WriteAsync(transfer.TenantId, to, "전용", null, cancellationToken));
    }

    private static OperationId AdoptionId(int fiscalYear, int versionNumber) =>
        OperationId.Parse(string.Create(CultureInfo.InvariantCulture, $"{AdoptionPrefix(fiscalYear)}{versionNumber:D3}"));

    private static string AdoptionPrefix(int fiscalYear) => string.Create(CultureInfo.InvariantCulture, $"adopt-{fiscalYear}-v");

    /// <summary>The newest version whose adoption this line's log holds, 0 when none (a rare scan: adoptions are few a year).</summary>
    private static int LatestAdoptedVersion(BudgetLineLedger ledger, int fiscalYear)
    {
        var prefix = AdoptionPrefix(fiscalYear);
        var latest = 0;
        foreach (var operation in ledger.Operations)
        {
            if (operation is BudgetAdjustment && operation.Id.Value.StartsWith(prefix, StringComparison.Ordinal)
                && int.TryParse(operation.Id.Value.AsSpan(prefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var version))
            {
                latest = Math.Max(latest, version);
            }
        }
        return latest;
    }

    private void Report(TenantId tenant, IReadOnlyList<LineOperation> operations, LedgerWrite write)
    {
        if (write.Outcome == LedgerWriteOutcome.LineNotFound)
        {
            logger.LogWarning("Budget change for {Tenant} names line {Line}, which has no budget.", tenant, write.MissingLine);
            return;
        }
        for (var i = 0; i < write.Results.Count; i++)
        {
            if (write.Results[i].Refusal is { } refusal)
            {
                logger.LogWarning("Ledger refused the budget change of {Line} in {Tenant}: {Reason}", operations[i].Line, tenant, refusal.Message);
            }
        }
    }
}
