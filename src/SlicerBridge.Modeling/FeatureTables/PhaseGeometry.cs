using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.FeatureTables;

/// <summary>
/// What one phase's image and VOI looked like before any preprocessing: voxel spacing (mm, x/y/z) and the
/// number of VOI voxels. The model package's training ranges come from these, so scoring can warn about
/// an image unlike the training data.
/// </summary>
public sealed record PhaseGeometry(
    [property: JsonPropertyName("spacing")] IReadOnlyList<double> Spacing,
    [property: JsonPropertyName("voxels")] long VoxelCount)
{
    /// <summary>VOI volume in millilitres.</summary>
    [JsonIgnore]
    public double VoiMl => VoxelCount * Spacing[0] * Spacing[1] * Spacing[2] / 1000.0;
}
