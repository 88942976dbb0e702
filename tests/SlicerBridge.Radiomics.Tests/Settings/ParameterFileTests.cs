using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Filters;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Settings;

public class ParameterFileTests
{
    [Fact]
    public void PyRadiomicsParamsFileLoadsUnchanged()
    {
        var parameters = ParameterFile.Load(Fixtures.Path("pyradiomics", "exampleSettings", "Params.yaml"));

        Assert.Equal(25, parameters.Settings.BinWidth);
        Assert.Equal(1, parameters.Settings.Label);
        Assert.Equal(Interpolator.BSpline, parameters.Settings.Interpolator);
        Assert.Null(parameters.Settings.ResampledPixelSpacing);
        Assert.Equal(WeightingNorm.None, parameters.Settings.WeightingNorm);
        Assert.Equal(["Original"], parameters.ImageTypes.Select(t => t.Name));

        // "firstorder: []" means every default feature; the glcm list leaves SumAverage out.
        var firstOrder = parameters.FeatureClasses.Single(c => c.Name == "firstorder");
        Assert.Equal(18, firstOrder.Features.Count);
        var glcm = parameters.FeatureClasses.Single(c => c.Name == "glcm");
        Assert.DoesNotContain("SumAverage", glcm.Features);
        Assert.NotNull(parameters.SourceText);
    }

    [Fact]
    public void WithoutAFileEveryDefaultFeatureOfTheOriginalImageIsEnabled()
    {
        var parameters = ParameterFile.Parse("");

        Assert.Equal(["Original"], parameters.ImageTypes.Select(t => t.Name));
        Assert.Equal(ExtractionParameters.Default.FeatureClasses.Select(c => c.Name), parameters.FeatureClasses.Select(c => c.Name));
        Assert.Equal(ExtractionSettings.Default with { }, parameters.Settings with { });
    }

    [Fact]
    public void SettingsAreTypedAndImageTypeOverridesApply()
    {
        var parameters = ParameterFile.Parse("""
            setting:
              binWidth: 10
              voxelArrayShift: 1000
              resegmentRange: [-100, 300]
              resegmentMode: absolute
              distances: [1, 2]
              weightingNorm: no_weighting
              interpolator: sitkLinear
              force2D: true
              force2Ddimension: 0
            imageType:
              Original:
                binWidth: 5
            featureClass:
              firstorder: [Mean, StandardDeviation]
            """);

        Assert.Equal(10, parameters.Settings.BinWidth);
        Assert.Equal(1000, parameters.Settings.VoxelArrayShift);
        Assert.Equal([-100.0, 300.0], parameters.Settings.ResegmentRange);
        Assert.Equal([1, 2], parameters.Settings.Distances);
        Assert.Equal(WeightingNorm.NoWeighting, parameters.Settings.WeightingNorm);
        Assert.Equal(Interpolator.Linear, parameters.Settings.Interpolator);
        Assert.True(parameters.Settings.Force2D);
        Assert.Equal(5, parameters.ImageTypes.Single().Settings.BinWidth);

        // A deprecated feature is computed when asked for by name.
        Assert.Equal(["Mean", "StandardDeviation"], parameters.FeatureClasses.Single().Features);
    }

    [Theory]
    [InlineData("setting:\n  binwidth: 25\n", "unknown setting 'binwidth'")]
    [InlineData("settings:\n  binWidth: 25\n", "unknown top-level key 'settings'")]
    [InlineData("voxelSetting:\n  kernelRadius: 2\n", "voxel-based extraction (voxelSetting) is not supported")]
    [InlineData("imageType:\n  Sharpen: {}\n", "unknown image type 'Sharpen'")]
    [InlineData("imageType:\n  Square: {}\n", "image type 'Square' is not supported")]
    [InlineData("featureClass:\n  texture:\n", "unknown or unsupported feature class 'texture'")]
    [InlineData("featureClass:\n  firstorder: [Mean, Average]\n", "feature class 'firstorder' has no feature 'Average'")]
    [InlineData("setting:\n  binWidth: -5\n", "setting 'binWidth' must be positive")]
    [InlineData("setting:\n  binWidth: wide\n", "setting 'binWidth' must be a number")]
    [InlineData("setting:\n  resegmentMode: percent\n", "setting 'resegmentMode' must be absolute, relative or sigma")]
    [InlineData("setting:\n  interpolator: sitkGaussian\n", "setting 'interpolator' must be sitkNearestNeighbor, sitkLinear or sitkBSpline")]
    [InlineData("setting:\n  resampledPixelSpacing: [1, 1]\n", "setting 'resampledPixelSpacing' must be three spacings")]
    [InlineData("setting: [1, 2]\n", "'setting' must be a mapping")]
    [InlineData("setting:\n  binWidth: [25\n", "not valid YAML")]
    public void BadFilesNameTheProblem(string yaml, string message)
    {
        var error = Assert.Throws<InvalidInputException>(() => ParameterFile.Parse(yaml));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ChangingSettingsKeepsEachImageTypesOwn()
    {
        var parameters = ParameterFile.Parse("setting:\n  binWidth: 10\nimageType:\n  Original: {}\n  LoG:\n    sigma: [1.0, 3]\n");

        var quiet = parameters.WithSettings(s => s with { AdditionalInfo = false });

        Assert.False(quiet.Settings.AdditionalInfo);
        Assert.All(quiet.ImageTypes, t => Assert.False(t.Settings.AdditionalInfo));
        Assert.Equal(["log-sigma-1-0-mm-3D", "log-sigma-3-mm-3D"], quiet.ImageTypes.Single(t => t.Name == "LoG").Settings.Sigma!.Select(s => s.ImageTypeName));
        Assert.All(quiet.ImageTypes, t => Assert.Equal(10, t.Settings.BinWidth));
    }

    [Fact]
    public void LoadNamesTheFileInErrors()
    {
        using var temp = new TempDirectory();
        var path = temp.File("params.yaml");
        File.WriteAllText(path, "setting:\n  labell: 2\n");

        var error = Assert.Throws<InvalidInputException>(() => ParameterFile.Load(path));

        Assert.Contains(path, error.Where, StringComparison.Ordinal);
        Assert.Contains("labell", error.Where, StringComparison.Ordinal);
    }
}
