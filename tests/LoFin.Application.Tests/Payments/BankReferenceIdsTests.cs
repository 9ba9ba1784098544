using Xunit;
using LoFin.Application.Payments.Bank;
using LoFin.Domain.Tenancy;

namespace LoFin.Application.Tests.Payments;

public sealed class BankReferenceIdsTests
{
    [Fact]
    public void Create_WhenSuffixIsWellFormed_PrefixesTheTenantCode()
    {
        var id = BankReferenceIds.Create(TenantId.Parse("11000"), "PB-20260302-0001");

        Assert.Equal("11000-PB-20260302-0001", id);
        Assert.True(BankReferenceIds.TryGetTenant(id, out var tenant));
        Assert.Equal(TenantId.Parse("11000"), tenant);
    }

    [Theory]
    [InlineData("PB 1")]
    [InlineData("PB/1")]
    [InlineData("지급-1")]
    public void Create_WhenSuffixHasCharactersTheBankRefuses_Throws(string suffix) =>
        Assert.Throws<ArgumentException>(() => BankReferenceIds.Create(TenantId.Parse("11000"), suffix));

    [Fact]
    public void Create_WhenLongerThan64Characters_Throws()
    {
        Assert.Equal(64, BankReferenceIds.Create(TenantId.Parse("11000"), new string('A', 58)).Length);
        Assert.Throws<ArgumentException>(() => BankReferenceIds.Create(TenantId.Parse("11000"), new string('A', 59)));
    }

    [Fact]
    public void Create_WhenTenantIsEmpty_Throws() =>
        Assert.Throws<ArgumentException>(() => BankReferenceIds.Create(default, "PB-1"));

    [Theory]
    [InlineData("11000-x")]
    [InlineData("a.b_c:d-E9")]
    public void IsWellFormed_WhenBankCharset_IsTrue(string id) => Assert.True(BankReferenceIds.IsWellFormed(id));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-11000-PB")]
    [InlineData("_x")]
    [InlineData("11000-PB 1")]
    [InlineData("11000-PB#1")]
    public void IsWellFormed_WhenOutsideTheBankCharset_IsFalse(string? id) => Assert.False(BankReferenceIds.IsWellFormed(id));

    [Theory]
    [InlineData("PB-20260302-0001")]
    [InlineData("11000")]
    [InlineData("11000-")]
    [InlineData("1100-PB-1")]
    [InlineData("11000_PB-1")]
    [InlineData("1100A-PB-1")]
    [InlineData("11000-PB 1")]
    public void TryGetTenant_WhenNoTenantPrefix_IsFalse(string id) => Assert.False(BankReferenceIds.TryGetTenant(id, out _));
}
