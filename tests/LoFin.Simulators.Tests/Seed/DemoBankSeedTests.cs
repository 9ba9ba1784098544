using LoFin.Simulators.Bank.Accounts;
using LoFin.Simulators.Bank.Seed;

namespace LoFin.Simulators.Tests.Seed;

public sealed class DemoBankSeedTests
{
    [Fact]
    public void Create_WhenCalledTwice_GivesTheSameAccounts()
    {
        var first = DemoBankSeed.Create();
        var second = DemoBankSeed.Create();

        Assert.Equal(Describe(first), Describe(second));
    }

    [Fact]
    public void Create_WhenDefault_HasEveryDemoGovernmentsAccounts()
    {
        var data = DemoBankSeed.Create();

        foreach (var tenant in new[] { "11000", "41110", "41830" })
        {
            var codes = data.GovernmentAccounts.Where(a => a.Government!.TenantCode == tenant).Select(a => a.Government!.FiscalAccountCode).ToList();
            Assert.Contains("100", codes);
            Assert.Contains(codes, c => c[0] is '2' or '3');
            Assert.Contains(codes, c => c[0] == '4');
        }
        Assert.All(data.GovernmentAccounts, a => Assert.True(a.BalanceWon > 0));
        Assert.Equal("서울특별시 일반회계", data.GovernmentAccounts.Single(a => a.Key.AccountNumber == DemoBankSeed.GovernmentAccountNumber("11000", "100")).HolderName);
    }

    [Fact]
    public void Create_WhenDefault_HasAFewHundredPayeesSomeClosedSomeMismatched()
    {
        var payees = DemoBankSeed.Create().Payees;

        Assert.Equal(DemoBankSeed.DefaultPayeeCount, payees.Count);
        Assert.InRange(payees.Count(p => p.Account.Status == AccountStatus.Closed), 5, 40);
        Assert.InRange(payees.Count(p => !p.RegisteredNameMatches), 5, 40);
        Assert.Contains(payees, p => p.RegisteredName != p.Account.HolderName && p.RegisteredNameMatches);
        Assert.Contains(payees, p => p.Account.HolderKind == AccountHolderKind.SubsidyRecipient);
        Assert.Equal(payees.Count, payees.Select(p => p.Account.Key).Distinct().Count());
        Assert.All(payees, p => Assert.True(AccountNumbers.IsWellFormed(p.Account.Key.AccountNumber) && KoreanBanks.IsKnown(p.Account.Key.BankCode)));
    }

    private static List<string> Describe(DemoBankData data) =>
        [.. data.GovernmentAccounts.Concat(data.Payees.Select(p => p.Account)).Select(a => $"{a.Key}|{a.HolderName}|{a.Status}|{a.BalanceWon}"),
         .. data.Payees.Select(p => p.RegisteredName)];
}
