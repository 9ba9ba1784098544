using LoFin.Domain.Budget;

namespace LoFin.Domain.Tests.Budget;

public sealed class FunctionalClassificationTests
{
    [Fact]
    public void FieldParse_When080_IsSocialWelfare() => Assert.Equal("사회복지", FunctionalField.Parse("080").Name);

    [Fact]
    public void FieldParse_When050_IsEducation() => Assert.Equal("교육", FunctionalField.Parse("050").Name);

    [Theory]
    [InlineData("030")]
    [InlineData("081")]
    [InlineData("80")]
    public void FieldTryParse_WhenNotANationalField_Refuses(string code)
    {
        Assert.False(FunctionalField.TryParse(code, out _, out var problem));
        Assert.Contains("분야 코드", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void SectorParse_When081_BelongsToSocialWelfare()
    {
        var sector = FunctionalSector.Parse("081");
        Assert.Equal(FunctionalField.Parse("080"), sector.Field);
        Assert.Equal("기초생활보장", sector.Name);
        Assert.Null(sector.CheckBelongsTo(FunctionalField.Parse("080")));
    }

    [Fact]
    public void SectorCheckBelongsTo_WhenAnotherField_SaysWhy() =>
        Assert.Contains("속하지 않습니다", FunctionalSector.Parse("081").CheckBelongsTo(FunctionalField.Parse("050")), StringComparison.Ordinal);

    [Fact]
    public void SectorTryParse_WhenItsFieldDoesNotExist_Refuses() => Assert.False(FunctionalSector.TryParse("031", out _));

    [Fact]
    public void SectorParse_WhenNotInTheCatalogueButFieldExists_AcceptsWithoutName()
    {
        var sector = FunctionalSector.Parse("099");
        Assert.Null(sector.Name);
        Assert.Equal("보건", sector.Field.Name);
    }

    [Fact]
    public void Catalogue_WhenEverySectorIsRead_ItsFieldIsInTheCatalogue() =>
        Assert.All(FunctionalClassificationCatalogue.SectorNames.Keys, code =>
            Assert.True(FunctionalClassificationCatalogue.FieldNames.ContainsKey(code / 10 * 10), code.ToString(System.Globalization.CultureInfo.InvariantCulture)));
}
