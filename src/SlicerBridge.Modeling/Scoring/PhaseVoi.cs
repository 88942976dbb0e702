using System.Text.Json.Serialization;

namespace SlicerBridge.Modeling.Scoring;

/// <summary>The volume of interest of one phase as scored: voxel count, volume (mL) and the image's voxel spacing (mm, x y z).</summary>
public sealed record PhaseVoi(
    [property: JsonPropertyName("phase")] string Phase,
    [property: JsonPropertyName("voxels")] long Voxels,
    [property: JsonPropertyName("volume_ml")] double VolumeMl,
    [property: JsonPropertyName("spacing_mm")] IReadOnlyList<double> SpacingMm);
