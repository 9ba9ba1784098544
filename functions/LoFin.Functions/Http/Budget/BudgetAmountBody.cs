using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Execution;

namespace LoFin.Functions.Http.Budget;

/// <summary>Amounts by 재원 as a request carries them; a missing source is 0, at least one must be given.</summary>
public static class BudgetAmountBody
{
    public static bool TryRead(long? nationalWon, long? provincialWon, long? municipalWon, long? otherWon, out FundingSplit split, Dictionary<string, string[]> errors)
    {
        split = default;
        if (nationalWon is null && provincialWon is null && municipalWon is null && otherWon is null)
        {
            errors["nationalWon"] = ["국비·시도비·시군구비·기타 중 하나 이상의 금액(원)을 입력하세요."];
            return false;
        }
        if (!FundingSplit.TryCreate(nationalWon ?? 0, provincialWon ?? 0, municipalWon ?? 0, otherWon ?? 0, out split, out var problem))
        {
            errors["nationalWon"] = [problem];
            return false;
        }
        if (split.TotalWon > ExecutionLimits.MaxAmountWon)
        {
            errors["nationalWon"] = ["금액의 합계가 한도(1,000조원)를 넘습니다."];
            return false;
        }
        return true;
    }
}
