using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;

namespace SlicerBridge.Modeling.Tests.Scoring;

public class ScoreWarningsTests
{
    private static readonly TrainingRanges Ranges = new([0.5, 0.5, 1], [1, 1, 5], VoiMlMin: 2, VoiMlMax: 300);

    [Theory]
    [InlineData(64, 0.5, false)]
    [InlineData(63, 0.5, true)]
    [InlineData(64, 0.49999, true)]
    [InlineData(1000, 0.49999, true)]
    [InlineData(10, 40.0, true)]
    public void VoiTooSmallBelowHalfAMillilitreOrSixtyFourVoxels(long voxels, double ml, bool warns)
    {
        var codes = Codes(new PhaseVoi("arterial", voxels, ml, [0.7, 0.7, 2]), new TrainingRanges([0.5, 0.5, 1], [1, 1, 5], 0, 300));

        Assert.Equal(warns, codes.Contains(ScoreWarnings.VoiTooSmall));
    }

    [Theory]
    [InlineData(2.0, false)]
    [InlineData(300.0, false)]
    [InlineData(1.999, true)]
    [InlineData(300.001, true)]
    public void VolumeOutsideTheTrainingRangeWarnsOnlyBeyondItsEnds(double ml, bool warns)
    {
        var codes = Codes(new PhaseVoi("venous", 5000, ml, [0.7, 0.7, 2]), Ranges);

        Assert.Equal(warns, codes.Contains(ScoreWarnings.VoiVolumeOutsideTraining));
    }

    [Theory]
    [InlineData(0.5, 1.0, 1.0, 0)]
    [InlineData(1.0, 0.5, 5.0, 0)]
    [InlineData(1.0000000001, 0.5, 5.0, 0)]
    [InlineData(0.499, 0.5, 5.0, 1)]
    [InlineData(0.7, 0.7, 5.01, 1)]
    [InlineData(1.2, 0.4, 0.9, 3)]
    public void SpacingOutsideTheTrainingRangeWarnsPerAxis(double x, double y, double z, int warnings)
    {
        var codes = Codes(new PhaseVoi("arterial", 5000, 20, [x, y, z]), Ranges);

        Assert.Equal(warnings, codes.Count(c => c == ScoreWarnings.SpacingOutsideTraining));
    }

    [Theory]
    [InlineData(4.0, false)]
    [InlineData(-4.0, false)]
    [InlineData(4.000001, true)]
    [InlineData(-4.000001, true)]
    public void FeatureWarnsBeyondFourStandardDeviations(double z, bool warns)
    {
        var feature = new FeatureContribution("venous_original_glcm_Contrast", 20 + 10 * z, 20, 10, z, 0.3, 0.3 * z, 1, 80);

        var warning = ScoreWarnings.ForFeature(feature);

        Assert.Equal(warns, warning is not null);
        if (warning is not null)
        {
            Assert.Equal((ScoreWarnings.FeatureFarOutsideTraining, "venous_original_glcm_Contrast"), (warning.Code, warning.Subject));
        }
    }

    private static List<string> Codes(PhaseVoi voi, TrainingRanges ranges) =>
        ScoreWarnings.ForVoi(voi, ranges).Select(w => w.Code).ToList();
}
