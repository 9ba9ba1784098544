using System.Globalization;
using LoFin.Application.Budget.Structure;
using LoFin.Domain.Budget;
using LoFin.Domain.Budget.Structure;
using LoFin.Domain.Money;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Budget.Demo;

/// <summary>
/// Generates the demo governments' budgets: the same output for the same government and year,
/// always (a seeded SplitMix64, no clock). Departments → 정책사업 → 단위사업 (a theme) → 세부사업
/// (the theme and its variants) → lines of 2–5 통계목 with amounts on a log scale in 천원, funding
/// split by profile (국비 for welfare and some works, 시도비 for a 기초's co-funded lines, 기타 for
/// 공기업 and 기금), and revenue lines per 회계 that add up to its expenditure.
/// </summary>
public static class DemoBudgetGenerator
{
    private static readonly string[] Variants = ["", " 확대", " 고도화", " 2단계", " 기반 조성", " 시범사업", " 홍보", " 성과평가"];

    public static DemoBudget Generate(DemoGovernment government, int fiscalYear)
    {
        var random = new DemoRandom(((ulong)int.Parse(government.TenantId.Value, CultureInfo.InvariantCulture) << 16) ^ (ulong)fiscalYear);
        var own = government.IsMetropolitan ? FundingSource.Provincial : FundingSource.Municipal;
        var departmentCodes = new Dictionary<string, DepartmentCode>();
        foreach (var name in DemoDepartments.All.Select(d => d.Name).Distinct())
        {
            departmentCodes[name] = DepartmentCode.Parse((government.DepartmentCodeBase + (10 * (departmentCodes.Count + 1))).ToString("D7", CultureInfo.InvariantCulture));
        }
        var lines = new List<ExpenditureLine>(government.TargetLines + 8);
        var policyIds = new Dictionary<(int, int), PolicyProgramId>();
        var unitIds = new Dictionary<(int, int), UnitProgramId>();
        var detailedCount = 0;
        for (var variant = 0; variant < Variants.Length && lines.Count < government.TargetLines; variant++)
        {
            for (var d = 0; d < DemoDepartments.All.Count && lines.Count < government.TargetLines; d++)
            {
                var department = DemoDepartments.All[d];
                if (variant > 0 && department.Profile is DemoItemProfile.Personnel or DemoItemProfile.Reserve or DemoItemProfile.Fund)
                {
                    continue;
                }
                var items = DemoItems.For(department.Profile).Where(i => government.IsMetropolitan || !i.ProvincialOnly).ToList();
                for (var t = 0; t < department.Programs.Count && lines.Count < government.TargetLines; t++)
                {
                    var p = t % department.Policies.Count;
                    if (!policyIds.TryGetValue((d, p), out var policy))
                    {
                        policy = PolicyProgramId.Parse(string.Create(CultureInfo.InvariantCulture, $"P-{policyIds.Count + 1:D3}"));
                        policyIds[(d, p)] = policy;
                    }
                    if (!unitIds.TryGetValue((d, t), out var unit))
                    {
                        unit = UnitProgramId.Parse(string.Create(CultureInfo.InvariantCulture, $"U-{unitIds.Count + 1:D4}"));
                        unitIds[(d, t)] = unit;
                    }
                    var detailed = DetailedProgramId.Parse(string.Create(CultureInfo.InvariantCulture, $"D-{++detailedCount:D4}"));
                    var program = new ProgramHierarchy(FunctionalSector.Parse(department.Sector), policy, department.Policies[p], unit, department.Programs[t],
                        department.Programs[t] + Variants[variant]);
                    var count = department.Profile == DemoItemProfile.Reserve ? items.Count : random.Between(2, Math.Min(5, items.Count));
                    foreach (var item in Shuffled(items, random).Take(count))
                    {
                        var key = new BudgetLineKey(fiscalYear, FiscalAccount.Parse(department.Account), departmentCodes[department.Name], detailed, StatisticalItem.Parse(item.Code));
                        var amount = Math.Max(1_000, WonArithmetic.FloorToUnit(WonArithmetic.ProRataFloor(LogWon(random, item.MinWon, item.MaxWon), government.ScalePerMille, 1000), 1_000));
                        lines.Add(new ExpenditureLine(key, program, Split(random, department.Profile, item, amount, own, government.IsMetropolitan)));
                    }
                }
            }
        }
        var accounts = lines.Select(l => l.Key.Account).Distinct().OrderBy(a => a.Code)
            .Select(a => new NamedAccount(a, DemoDepartments.AccountNames[a.ToString()])).ToList();
        var departments = departmentCodes.Where(c => lines.Any(l => l.Key.Department == c.Value))
            .Select(c => new NamedDepartment(c.Value, c.Key)).OrderBy(d => d.Department.Code).ToList();
        return new DemoBudget(government.TenantId, fiscalYear, new ExpenditureFile(accounts, departments, lines), Revenue(government, lines));
    }

    /// <summary>
    /// A log-like spread without floating point: a digit count between the bounds' and a 3-digit
    /// mantissa, clamped to the bounds.
    /// </summary>
    private static long LogWon(DemoRandom random, long minWon, long maxWon)
    {
        var digits = random.Between(Digits(minWon), Digits(maxWon));
        var won = random.Between(100, 999) * Pow10(digits - 3);
        return Math.Clamp(won, minWon, maxWon);
    }

    private static FundingSplit Split(DemoRandom random, DemoItemProfile profile, DemoItems.Item item, long amountWon, FundingSource own, bool metropolitan)
    {
        if (profile is DemoItemProfile.Enterprise or DemoItemProfile.Fund)
        {
            return FundingSplit.Create(0, 0, 0, amountWon);
        }
        long national = 0, provincial = 0;
        if (item.NationallyFunded && (profile == DemoItemProfile.Welfare || random.Below(100) < 40))
        {
            var percent = profile == DemoItemProfile.Welfare ? random.Between(40, 80) : random.Between(30, 50);
            national = WonArithmetic.FloorToUnit(WonArithmetic.ProRataFloor(amountWon, percent, 100), 1_000);
            if (!metropolitan)
            {
                provincial = WonArithmetic.FloorToUnit(WonArithmetic.ProRataFloor(amountWon - national, random.Between(30, 50), 100), 1_000);
            }
        }
        var rest = amountWon - national - provincial;
        return own == FundingSource.Provincial
            ? FundingSplit.Create(national, provincial + rest, 0, 0)
            : FundingSplit.Create(national, provincial, rest, 0);
    }

    private static List<RevenueLine> Revenue(DemoGovernment government, List<ExpenditureLine> lines)
    {
        var revenue = new List<RevenueLine>();
        foreach (var account in lines.Select(l => l.Key.Account).Distinct().OrderBy(a => a.Code))
        {
            var accountLines = lines.Where(l => l.Key.Account == account).ToList();
            var total = accountLines.Sum(l => l.AmountWon);
            var national = accountLines.Sum(l => l.Funding.NationalWon);
            var provincialSubsidy = government.IsMetropolitan ? 0 : accountLines.Sum(l => l.Funding.ProvincialWon);
            var shares = account.Code switch
            {
                100 => GeneralAccountShares(government.Mix),
                201 or 202 => [("211-04", "사업수입", 85), ("711-01", "순세계잉여금", 15)],
                301 => [("211-04", "사업수입", 60), ("721-01", "일반회계전입금", 40)],
                _ => [("211-06", "이자수입", 5), ("721-01", "일반회계전입금", 70), ("711-01", "순세계잉여금", 25)],
            };
            var add = new List<RevenueLine>();
            if (national > 0)
            {
                add.Add(new(account, RevenueCode.Parse("511-01"), "국고보조금", national));
            }
            if (provincialSubsidy > 0)
            {
                add.Add(new(account, RevenueCode.Parse("521-01"), "시도비보조금", provincialSubsidy));
            }
            var remaining = total - national - provincialSubsidy;
            var distributed = 0L;
            var percentSum = shares.Sum(s => s.Percent);
            for (var i = 0; i < shares.Count; i++)
            {
                // The last share (잉여금 or 전입금) takes what the floors leave, so 세입 = 세출 exactly.
                var amount = i == shares.Count - 1 ? remaining - distributed
                    : WonArithmetic.FloorToUnit(WonArithmetic.ProRataFloor(remaining, shares[i].Percent, percentSum), 1_000);
                distributed += amount;
                add.Add(new(account, RevenueCode.Parse(shares[i].Code), shares[i].Name, amount));
            }
            revenue.AddRange(add.OrderBy(r => r.Code.Code));
        }
        return revenue;
    }

    private static List<(string Code, string Name, int Percent)> GeneralAccountShares(DemoRevenueMix mix) => mix switch
    {
        DemoRevenueMix.Metropolitan =>
        [
            ("111-01", "취득세", 20), ("111-04", "지방소비세", 12), ("111-05", "주민세", 2), ("111-06", "재산세", 8), ("111-07", "자동차세", 5),
            ("111-08", "지방소득세", 24), ("111-09", "담배소비세", 4), ("121-02", "지방교육세", 5), ("211-01", "재산임대수입", 1), ("211-02", "사용료수입", 2),
            ("211-03", "수수료수입", 1), ("211-06", "이자수입", 1), ("221-02", "과태료", 1), ("311-03", "부동산교부세", 1), ("611-01", "국내차입금", 2),
            ("711-01", "순세계잉여금", 11),
        ],
        DemoRevenueMix.City =>
        [
            ("111-05", "주민세", 3), ("111-06", "재산세", 14), ("111-08", "지방소득세", 20), ("111-09", "담배소비세", 5), ("211-02", "사용료수입", 4),
            ("211-03", "수수료수입", 3), ("211-06", "이자수입", 1), ("221-02", "과태료", 2), ("311-03", "부동산교부세", 3), ("411-01", "조정교부금", 20),
            ("711-01", "순세계잉여금", 25),
        ],
        _ =>
        [
            ("111-05", "주민세", 1), ("111-06", "재산세", 6), ("111-08", "지방소득세", 6), ("111-09", "담배소비세", 2), ("211-02", "사용료수입", 3),
            ("211-03", "수수료수입", 2), ("211-06", "이자수입", 1), ("311-01", "보통교부세", 45), ("311-03", "부동산교부세", 5), ("411-01", "조정교부금", 9),
            ("711-01", "순세계잉여금", 20),
        ],
    };

    private static IEnumerable<T> Shuffled<T>(List<T> items, DemoRandom random)
    {
        var copy = items.ToArray();
        for (var i = copy.Length - 1; i > 0; i--)
        {
            var j = random.Below(i + 1);
            (copy[i], copy[j]) = (copy[j], copy[i]);
        }
        return copy;
    }

    private static int Digits(long value) => value.ToString(CultureInfo.InvariantCulture).Length;

    private static long Pow10(int exponent)
    {
        var result = 1L;
        for (var i = 0; i < exponent; i++)
        {
            result *= 10;
        }
        return result;
    }
}
