using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;

namespace SlicerBridge.Modeling.Tests.Scoring;

public class PublishedNomogramTests
{
    [Theory]
    // Y = -1.092 + 1.904 [AFP > 200] + 2.214 radscore, worked out by hand (Python float):
    // 0.5, 350: -1.092 + 1.904 + 1.107 = 1.919, p = 1/(1 + e^-1.919) = 0.872026879190324
    [InlineData(0.5, 350.0, 1.919, 0.872026879190324, "high", "high")]
    // -0.2, 50: -1.092 - 0.4428 = -1.5348, p = 0.17729247366596776
    [InlineData(-0.2, 50.0, -1.5348, 0.17729247366596776, "low", "low")]
    // AFP exactly 200 is not above 200; radscore exactly at its cut-off is not above it: -1.092 + 0.03321
    [InlineData(0.015, 200.0, -1.05879, 0.25754075516381864, "low", "low")]
    // 0.1, 200: -1.092 + 0.2214 = -0.8706 > -0.883
    [InlineData(0.1, 200.0, -0.8706, 0.2951294698214743, "high", "high")]
    public void FormulaAndCutoffs(double radscore, double afp, double lp, double probability, string radscoreGroup, string nomogramGroup)
    {
        var result = PublishedNomogram.Score(radscore, new Dictionary<string, double> { ["afp_ng_ml"] = afp });

        Assert.Equal(lp, result.Nomogram.LinearPredictor, 1e-12);
        Assert.Equal(probability, result.Nomogram.Probability, 1e-12);
        Assert.Equal(radscoreGroup, result.Radscore.RiskGroup.ToString().ToLowerInvariant());
        Assert.Equal(nomogramGroup, result.Nomogram.RiskGroup.ToString().ToLowerInvariant());
        Assert.Equal((0.015, -0.883), (result.Radscore.Cutoff, result.Nomogram.Cutoff));
        Assert.Equal([ScoreWarnings.PublishedRadscoreScale], result.Warnings.Select(w => w.Code));
        Assert.Empty(result.Drivers);
        Assert.Null(result.Model.Sha256);
        Assert.False(result.Demonstration);
    }

    [Fact]
    public void TheFormulaIsAValidNomogram()
    {
        var package = Packaging.TestPackages.Create() with
        {
            Nomogram = PublishedNomogram.Nomogram,
            Radscore = Packaging.TestPackages.Create().Radscore with { Cutoff = PublishedNomogram.RadscoreCutoff },
        };

        ModelPackageValidator.Validate(package);
    }

    [Fact]
    public void AfpIsRequiredAndRadscoreMustBeFinite()
    {
        var missing = Assert.Throws<InvalidInputException>(() => PublishedNomogram.Score(0.5, new Dictionary<string, double>()));
        var nan = Assert.Throws<InvalidInputException>(() =>
            PublishedNomogram.Score(double.NaN, new Dictionary<string, double> { ["afp_ng_ml"] = 1 }));

        Assert.Equal("afp_ng_ml", missing.Where);
        Assert.Equal("radscore", nan.Where);
    }
}
