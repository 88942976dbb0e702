using SlicerBridge.Imaging;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Support;

/// <summary>The PyRadiomics test cases (brain1, brain2, breast1) read from the committed fixtures.</summary>
internal static class BaselineCase
{
    public static readonly string[] Cases = ["brain1", "brain2", "breast1"];

    public static string ImagePath(string testCase) => Fixtures.PyRadiomicsData($"{testCase}_image.nrrd");

    public static string MaskPath(string testCase) => Fixtures.PyRadiomicsData($"{testCase}_label.nrrd");

    /// <summary>
    /// The unfiltered image and label-1 mask cropped to the mask's bounding box, with no preprocessing:
    /// what a feature class sees under the plain baseline column's settings.
    /// </summary>
    public static FeatureInput CropInput(string testCase, ExtractionSettings settings)
    {
        var image = NrrdReader.Read(ImagePath(testCase));
        var mask = RoiMask.FromLabel(NrrdReader.Read(MaskPath(testCase)), settings.Label);
        var box = mask.BoundingBox;
        var values = new double[box.Size.VoxelCount];
        image.CopyTo(box, values);
        return new FeatureInput(box.Size, image.Geometry.Spacing, values, mask.Crop(box), settings);
    }

    /// <summary>The settings of the plain baseline columns: bin width 25, voxelArrayShift 2000.</summary>
    public static ExtractionSettings PlainSettings { get; } = ExtractionSettings.Default with
    {
        VoxelArrayShift = 2000,
        MinimumRoiDimensions = 1,
    };
}
