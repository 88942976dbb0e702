using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>
/// Small hand-made crops. Voxel values are given as slices of rows (z, y, x); 0 marks a voxel outside the
/// ROI. With bin width 1 and the smallest ROI value 1, grey level = voxel value.
/// </summary>
internal static class SyntheticImage
{
    public static ExtractionSettings Settings { get; } = ExtractionSettings.Default with { BinWidth = 1 };

    public static FeatureInput Slice(int[,] rows, ExtractionSettings? settings = null, Vec3? spacing = null) =>
        Volume([rows], settings, spacing);

    public static FeatureInput Volume(int[][,] slices, ExtractionSettings? settings = null, Vec3? spacing = null)
    {
        var size = new Size3(slices[0].GetLength(1), slices[0].GetLength(0), slices.Length);
        var image = new double[size.VoxelCount];
        var mask = new byte[size.VoxelCount];
        var index = 0;
        foreach (var slice in slices)
        {
            for (var y = 0; y < size.Y; y++)
            {
                for (var x = 0; x < size.X; x++, index++)
                {
                    image[index] = slice[y, x];
                    mask[index] = slice[y, x] == 0 ? (byte)0 : (byte)1;
                }
            }
        }

        return new FeatureInput(size, spacing ?? new Vec3(1, 1, 1), image, mask, settings ?? Settings);
    }
}
