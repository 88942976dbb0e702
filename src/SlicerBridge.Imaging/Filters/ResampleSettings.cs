using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Imaging.Filters;

/// <summary>
/// PyRadiomics' resampling settings: <c>resampledPixelSpacing</c> (a 0 keeps the mask's spacing on that
/// axis), <c>interpolator</c> and <c>padDistance</c> (voxels of the new grid kept around the ROI box).
/// </summary>
public sealed record ResampleSettings(Vec3 Spacing, Interpolator Interpolator = Interpolator.BSpline, int PadDistance = 5)
{
    internal void Validate()
    {
        if (!Spacing.IsFinite || Spacing.X < 0 || Spacing.Y < 0 || Spacing.Z < 0)
        {
            throw new InvalidInputException(
                $"resampled pixel spacing {Spacing} must be finite and not negative (0 keeps the original spacing)",
                "resampledPixelSpacing");
        }

        if (PadDistance < 0)
        {
            throw new InvalidInputException($"padDistance {PadDistance} must not be negative", "padDistance");
        }

        if (!Enum.IsDefined(Interpolator))
        {
            throw new InvalidInputException($"unknown interpolator {Interpolator}", "interpolator");
        }
    }
}
