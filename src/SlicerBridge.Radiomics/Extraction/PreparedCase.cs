using SlicerBridge.Imaging.Geometry;

namespace SlicerBridge.Radiomics.Extraction;

/// <summary>
/// A case after PyRadiomics' preprocessing (normalise, resample or pre-crop, mask checks, resegment):
/// the image to filter, the box every image type is cropped to, and the ROI and shape masks on that box.
/// </summary>
/// <param name="Image">The image the filters run on (resampled or cropped when the settings say so).</param>
/// <param name="Box">The box of the last mask check, in <paramref name="Image"/>'s index space.</param>
/// <param name="Mask">The (resegmented) ROI on the box.</param>
/// <param name="ShapeMask">The un-resegmented ROI on the box, for shape.</param>
/// <param name="OriginalValues">The image's values on the box.</param>
/// <param name="IsWholeImage">True when neither resampling nor preCrop cut the image: filters then see a margin around the box.</param>
internal sealed record PreparedCase(
    CaseImage Image,
    BoundingBox Box,
    byte[] Mask,
    byte[] ShapeMask,
    double[] OriginalValues,
    bool IsWholeImage)
{
    public Vec3 Spacing => Image.Geometry.Spacing;
}
