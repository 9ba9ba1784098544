using LoFin.Simulators.Bank.Accounts;

namespace LoFin.Simulators.Bank.Seed;

/// <summary>
/// Generates the demo accounts from rules, the same on every run: each demo government's 회계
/// accounts at the treasury bank, and payees at the banks a city's vendors and residents use,
/// some closed and some whose name in the government's register no longer matches the bank's.
/// </summary>
public static class DemoBankSeed
{
    public const int DefaultPayeeCount = 400;

    public const int MaxPayeeCount = 100_000;

    /// <summary>The three demo governments (the app's demo tenants), with how much smaller than Seoul their finances are.</summary>
    private static readonly (string Tenant, string Name, long ScaleDivisor)[] Governments =
    [
        ("11000", "서울특별시", 1),
        ("41110", "경기도 수원시", 8),
        ("41830", "경기도 양평군", 30),
    ];

    /// <summary>Cash each 회계 holds for Seoul; smaller governments hold it divided by their divisor, 절사 (floor).</summary>
    private static readonly (string Code, string Name, long SeoulBalanceWon)[] FiscalAccounts =
    [
        ("100", "일반회계", 3_000_000_000_000),
        ("201", "상수도사업특별회계", 400_000_000_000),
        ("202", "하수도사업특별회계", 300_000_000_000),
        ("301", "주차장특별회계", 50_000_000_000),
        ("401", "재난관리기금", 120_000_000_000),
        ("402", "통합재정안정화기금", 200_000_000_000),
    ];

    /// <summary>Banks payees use, with the length of their account numbers.</summary>
    private static readonly (string Code, int Digits)[] PayeeBanks =
    [
        ("004", 14), ("011", 13), ("020", 13), ("088", 12), ("081", 14), ("003", 14),
        ("071", 14), ("090", 13), ("032", 12), ("031", 12), ("045", 13), ("092", 12),
    ];

    private const ulong PayeeSeed = 0x4C6F46696E42616EUL;

    /// <summary>Every 29th payee's account is closed (해지 계좌).</summary>
    private const int ClosedEvery = 29;

    private const int ClosedOffset = 7;

    /// <summary>Every 23rd payee's registered name is out of date: 예금주 불일치.</summary>
    private const int StaleNameEvery = 23;

    private const int StaleNameOffset = 5;

    /// <summary>Every 7th vendor is registered with its legal form written differently, which still matches.</summary>
    private const int RespelledEvery = 7;

    public static DemoBankData Create(int payeeCount = DefaultPayeeCount)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(payeeCount);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(payeeCount, MaxPayeeCount);
        return new DemoBankData(CreateGovernmentAccounts(), CreatePayees(payeeCount));
    }

    /// <summary>
    /// The account number of a government's 회계 at the treasury bank: tenant code, 회계 code,
    /// then 0001, so "110001000001" is 서울특별시's 일반회계 and can be read off by a person.
    /// </summary>
    public static string GovernmentAccountNumber(string tenantCode, string fiscalAccountCode) => tenantCode + fiscalAccountCode + "0001";

    private static List<BankAccount> CreateGovernmentAccounts()
    {
        var accounts = new List<BankAccount>(Governments.Length * FiscalAccounts.Length);
        foreach (var (tenant, name, divisor) in Governments)
        {
            foreach (var (code, fiscalName, seoulBalance) in FiscalAccounts)
            {
                accounts.Add(new BankAccount(
                    new AccountKey(KoreanBanks.TreasuryBankCode, GovernmentAccountNumber(tenant, code)),
                    $"{name} {fiscalName}",
                    AccountHolderKind.Government,
                    AccountStatus.Active,
                    seoulBalance / divisor,
                    new GovernmentAccountInfo(tenant, name, code, fiscalName)));
            }
        }
        return accounts;
    }

    private static List<DemoPayee> CreatePayees(int count)
    {
        var payees = new List<DemoPayee>(count);
        var taken = new HashSet<AccountKey>();
        for (var index = 0; index < count; index++)
        {
            var random = new SeedRandom(SeedRandom.Mix(PayeeSeed + (ulong)index));
            var kind = index % 3 == 2 ? AccountHolderKind.SubsidyRecipient : AccountHolderKind.Vendor;
            var (bankCode, digits) = PayeeBanks[random.Below(PayeeBanks.Length)];
            var key = new AccountKey(bankCode, Digits(ref random, digits));
            while (!taken.Add(key))
            {
                key = new AccountKey(bankCode, Digits(ref random, digits));
            }

            var holder = kind == AccountHolderKind.Vendor ? FirmName(ref random) : RecipientName(ref random, index);
            var status = index % ClosedEvery == ClosedOffset ? AccountStatus.Closed : AccountStatus.Active;
            var registered = index % StaleNameEvery == StaleNameOffset
                ? StaleName(holder, kind, ref random)
                : kind == AccountHolderKind.Vendor && index % RespelledEvery == 1 ? Respelled(holder) : holder;

            payees.Add(new DemoPayee(new BankAccount(key, holder, kind, status, openingBalanceWon: 0), registered));
        }
        return payees;
    }

    private static string Digits(ref SeedRandom random, int length)
    {
        Span<char> digits = stackalloc char[length];
        digits[0] = (char)('1' + random.Below(9));
        for (var i = 1; i < length; i++)
        {
            digits[i] = (char)('0' + random.Below(10));
        }
        return new string(digits);
    }

    private static string FirmName(ref SeedRandom random)
    {
        var core = DemoNames.FirmWords[random.Below(DemoNames.FirmWords.Length)] + DemoNames.FirmTrades[random.Below(DemoNames.FirmTrades.Length)];
        return random.Below(4) switch
        {
            0 => "(주)" + core,
            1 => "주식회사 " + core,
            2 => core + "(주)",
            _ => core, // 개인사업자: no legal form.
        };
    }

    private static string RecipientName(ref SeedRandom random, int index)
    {
        if (index % 6 == 5)
        {
            var group = DemoNames.GroupWords[random.Below(DemoNames.GroupWords.Length)] + DemoNames.GroupKinds[random.Below(DemoNames.GroupKinds.Length)];
            return random.Below(2) == 0 ? "사단법인 " + group : group;
        }
        return PersonName(ref random);
    }

    private static string PersonName(ref SeedRandom random) =>
        DemoNames.Surnames[random.Below(DemoNames.Surnames.Length)]
        + DemoNames.GivenSyllables[random.Below(DemoNames.GivenSyllables.Length)]
        + DemoNames.GivenSyllables[random.Below(DemoNames.GivenSyllables.Length)];

    /// <summary>A name the bank will not match: a firm's or group's former name, or a person's name with one syllable wrong.</summary>
    private static string StaleName(string holder, AccountHolderKind kind, ref SeedRandom random)
    {
        while (true)
        {
            var candidate = kind switch
            {
                AccountHolderKind.Vendor => "(주)" + DemoNames.FirmWords[random.Below(DemoNames.FirmWords.Length)] + DemoNames.FirmTrades[random.Below(DemoNames.FirmTrades.Length)],
                _ when IsPersonName(holder) => holder[..^1] + DemoNames.GivenSyllables[random.Below(DemoNames.GivenSyllables.Length)],
                _ => DemoNames.GroupWords[random.Below(DemoNames.GroupWords.Length)] + DemoNames.GroupKinds[random.Below(DemoNames.GroupKinds.Length)],
            };
            if (!HolderName.Matches(holder, candidate))
            {
                return candidate;
            }
        }
    }

    private static bool IsPersonName(string name) => name.Length == 3 && !name.Contains(' ', StringComparison.Ordinal);

    /// <summary>The same firm with its legal form written another way, as registers often have it.</summary>
    private static string Respelled(string holder)
    {
        var core = HolderName.Normalize(holder);
        if (holder.StartsWith("(주)", StringComparison.Ordinal) || holder.EndsWith("(주)", StringComparison.Ordinal))
        {
            return "주식회사 " + core;
        }
        if (holder.StartsWith("주식회사", StringComparison.Ordinal))
        {
            return "㈜" + core;
        }
        return holder; // A sole proprietor has no legal form to write differently.
    }
}
