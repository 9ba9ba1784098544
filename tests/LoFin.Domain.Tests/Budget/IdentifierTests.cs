using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class IdentifierTests
{
    [Fact]
    public void DepartmentParse_WhenSevenDigits_RoundTrips() => Assert.Equal("6110000", DepartmentCode.Parse("6110000").ToString());

    [Theory]
    [InlineData("611000")]
    [InlineData("61100000")]
    [InlineData("0000000")]
    [InlineData("611000a")]
    public void DepartmentTryParse_WhenNotASevenDigitCode_Refuses(string text)
    {
        Assert.False(DepartmentCode.TryParse(text, out _, out var problem));
        Assert.Contains("7자리", problem, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("D-0001")]
    [InlineData("A")]
    [InlineData("ABCDEFGHIJ0123456789")]
    public void DetailedProgramParse_WhenShortAscii_Accepts(string text) => Assert.Equal(text, DetailedProgramId.Parse(text).Value);

    [Theory]
    [InlineData("")]
    [InlineData("a/b")]
    [InlineData("ABCDEFGHIJ0123456789X")]
    [InlineData("세부사업")]
    [InlineData("D 1")]
    public void DetailedProgramTryParse_WhenNotShortAscii_RefusesNamingTheLevel(string text)
    {
        Assert.False(DetailedProgramId.TryParse(text, out _, out var problem));
        Assert.StartsWith("세부사업 ID", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void PolicyAndUnitProgramTryParse_WhenInvalid_NameTheirLevel()
    {
        Assert.False(PolicyProgramId.TryParse("x/y", out _, out var policy));
        Assert.False(UnitProgramId.TryParse("x/y", out _, out var unit));
        Assert.StartsWith("정책사업", policy, StringComparison.Ordinal);
        Assert.StartsWith("단위사업", unit, StringComparison.Ordinal);
    }
}
