using System.Globalization;
using SlicerBridge.Modeling.Packaging;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>The warning codes a score can carry, and the checks that raise them.</summary>
public static class ScoreWarnings
{
    public const string VoiTooSmall = "voi_too_small";
    public const string VoiVolumeOutsideTraining = "voi_volume_outside_training";
    public const string SpacingOutsideTraining = "spacing_outside_training";
    public const string FeatureFarOutsideTraining = "feature_far_outside_training";
    public const string PublishedRadscoreScale = "published_radscore_scale";

    private static readonly string[] Axes = ["x", "y", "z"];

    /// <summary>VOI size and voxel spacing of one phase against the minimum and the training ranges.</summary>
    public static IEnumerable<ScoreWarning> ForVoi(PhaseVoi voi, TrainingRanges ranges)
    {
        ArgumentNullException.ThrowIfNull(voi);
        ArgumentNullException.ThrowIfNull(ranges);
        if (voi.VolumeMl < ScoringThresholds.MinimumVoiMl || voi.Voxels < ScoringThresholds.MinimumVoiVoxels)
        {
            yield return new(VoiTooSmall,
                $"The {voi.Phase} VOI is {Ml(voi.VolumeMl)} mL ({voi.Voxels} voxels), below the minimum of " +
                $"{Ml(ScoringThresholds.MinimumVoiMl)} mL and {ScoringThresholds.MinimumVoiVoxels} voxels: texture features of so small a region are unreliable.",
                voi.Phase);
        }

        // Relative slack so a bound written with round-trip precision compares equal to itself after mm³ → mL.
        var slack = 1e-9 * Math.Max(1, ranges.VoiMlMax);
        if (voi.VolumeMl < ranges.VoiMlMin - slack || voi.VolumeMl > ranges.VoiMlMax + slack)
        {
            yield return new(VoiVolumeOutsideTraining,
                $"The {voi.Phase} VOI is {Ml(voi.VolumeMl)} mL; the model was trained on tumours of {Ml(ranges.VoiMlMin)}–{Ml(ranges.VoiMlMax)} mL.",
                voi.Phase);
        }

        for (var axis = 0; axis < 3; axis++)
        {
            var spacing = voi.SpacingMm[axis];
            if (spacing < ranges.SpacingMinMm[axis] - ScoringThresholds.SpacingToleranceMm ||
                spacing > ranges.SpacingMaxMm[axis] + ScoringThresholds.SpacingToleranceMm)
            {
                yield return new(SpacingOutsideTraining,
                    $"The {voi.Phase} image has {Mm(spacing)} mm voxel spacing in {Axes[axis]}; the model was trained on " +
                    $"{Mm(ranges.SpacingMinMm[axis])}–{Mm(ranges.SpacingMaxMm[axis])} mm.",
                    voi.Phase);
            }
        }
    }

    /// <summary>A feature whose z-score is beyond <see cref="ScoringThresholds.FarOutsideZ"/>.</summary>
    public static ScoreWarning? ForFeature(FeatureContribution feature)
    {
        ArgumentNullException.ThrowIfNull(feature);
        return Math.Abs(feature.Z) > ScoringThresholds.FarOutsideZ
            ? new(FeatureFarOutsideTraining,
                $"Feature {feature.Name} is far outside the training range (z = {feature.Z.ToString("0.0", CultureInfo.InvariantCulture)}; " +
                $"training {Number(feature.TrainingMin)} to {Number(feature.TrainingMax)}, value {Number(feature.Value)}).",
                feature.Name)
            : null;
    }

    private static string Ml(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Mm(double value) => value.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Number(double value) => value.ToString("G6", CultureInfo.InvariantCulture);
}
