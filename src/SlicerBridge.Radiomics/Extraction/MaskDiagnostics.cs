using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>PyRadiomics' <c>diagnostics_Image-*</c> and <c>diagnostics_Mask-*</c> entries, formatted as Python prints them.</summary>
internal static class MaskDiagnostics
{
    public static IEnumerable<KeyValuePair<string, string>> Image(string prefix, ImageVolume image)
    {
        var statistics = VoxelStatistics.Of(image);
        var size = image.Size;
        yield return new($"{prefix}Dimensionality", size.Z > 1 ? "3D" : "2D");
        yield return new($"{prefix}Spacing", Tuple(image.Geometry.Spacing));
        yield return new($"{prefix}Size", size.ToString());
        yield return new($"{prefix}Mean", Number(statistics.Mean));
        yield return new($"{prefix}Minimum", Number(statistics.Minimum));
        yield return new($"{prefix}Maximum", Number(statistics.Maximum));
    }

    public static IEnumerable<KeyValuePair<string, string>> Mask(string prefix, RoiMask roi)
    {
        var geometry = roi.Geometry;
        var box = roi.BoundingBox;
        double cx = 0, cy = 0, cz = 0;
        var voxels = roi.Voxels;
        var size = geometry.Size;
        for (var z = box.Z; z < box.Z + box.SizeZ; z++)
        {
            for (var y = box.Y; y < box.Y + box.SizeY; y++)
            {
                var row = (long)size.X * (y + (long)size.Y * z);
                for (var x = box.X; x < box.X + box.SizeX; x++)
                {
                    if (voxels[row + x] != 0)
                    {
                        cx += x;
                        cy += y;
                        cz += z;
                    }
                }
            }
        }

        var centre = new Vec3(cx / roi.VoxelCount, cy / roi.VoxelCount, cz / roi.VoxelCount);
        yield return new($"{prefix}Spacing", Tuple(geometry.Spacing));
        yield return new($"{prefix}Size", size.ToString());
        yield return new($"{prefix}BoundingBox", box.ToString());
        yield return new($"{prefix}VoxelNum", roi.VoxelCount.ToString(CultureInfo.InvariantCulture));
        yield return new($"{prefix}VolumeNum", ConnectedComponents.Count(roi.Crop(box), box.Size).ToString(CultureInfo.InvariantCulture));
        yield return new($"{prefix}CenterOfMassIndex", Tuple(centre));
        yield return new($"{prefix}CenterOfMass", Tuple(geometry.IndexToPhysical(centre)));
    }

    private static string Tuple(Vec3 v) => $"({Number(v.X)}, {Number(v.Y)}, {Number(v.Z)})";

    private static string Number(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
