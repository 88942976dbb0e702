using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// The image the filters see after PyRadiomics' preprocessing, read region by region: normalisation
/// (whole-image statistics) is applied to each region as it is read, so a whole CT is never copied.
/// </summary>
internal sealed class CaseImage(ImageVolume volume, ImageNormalizer? normalizer)
{
    public ImageVolume Volume { get; } = volume;

    public ImageGeometry Geometry => Volume.Geometry;

    /// <summary>The voxels of <paramref name="box"/> as doubles, normalised if asked.</summary>
    public double[] Values(BoundingBox box)
    {
        var values = new double[box.Size.VoxelCount];
        Volume.CopyTo(box, values);
        normalizer?.Apply(values);
        return values;
    }

    /// <summary>
    /// The region as a volume for a filter: the file's own voxel type when no normalisation applies
    /// (SimpleITK filters an int16 CT as int16), else the normalised doubles, as PyRadiomics passes them.
    /// </summary>
    public ImageVolume Region(BoundingBox box)
    {
        var whole = box == new BoundingBox(0, 0, 0, Volume.Size.X, Volume.Size.Y, Volume.Size.Z);
        if (normalizer is null)
        {
            return whole ? Volume : Volume.Crop(box);
        }

        return ImageVolume.Create(Geometry.Crop(box), Values(box));
    }
}
