using System.Globalization;
using LoFin.Domain.Budget;

namespace LoFin.Application.Budget.Structure;

/// <summary>
/// Ids of the budget documents in a tenant's partition. Cosmos DB forbids '/' in ids, so the
/// line key's slashes become ':'; every other part is digits, ASCII letters and '-'.
/// </summary>
public static class BudgetDocumentIds
{
    public static string Year(int fiscalYear) => string.Create(CultureInfo.InvariantCulture, $"budget-year:{fiscalYear}");

    /// <summary>The version id others see (messages, URLs): <c>2026-01</c> is the 본예산, <c>2026-02</c> the first 추경.</summary>
    public static string VersionId(int fiscalYear, int number) => string.Create(CultureInfo.InvariantCulture, $"{fiscalYear}-{number:D2}");

    public static string Version(int fiscalYear, int number) => "budget-version:" + VersionId(fiscalYear, number);

    public static string Line(string lineSetId, BudgetLineKey key) => $"budget-line:{lineSetId}:{key.ToString().Replace('/', ':')}";

    public static string Transfer(string transferId) => "budget-transfer:" + transferId;
}
