using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Radiomics.Tests.Support;
using SlicerBridge.Testing;

namespace SlicerBridge.Radiomics.Tests.Extraction;

/// <summary>
/// LoG and wavelet features through the whole extractor, against the same feature classes run on the
/// images ITK 5.2.1 and PyWavelets 1.1.1 produced (<c>tests/fixtures/filters</c>, see the reference
/// generators). This checks the image-type plumbing end to end: which image the filter sees (pre-cropped,
/// or the whole image approximated by a margin), naming, cropping back to the ROI box, per-type settings.
/// </summary>
public class FilteredImageFeatureTests
{
    /// <summary>Filters on the same input as the reference: the features agree to rounding (measured: within 1e-13).</summary>
    private const double SameInputTolerance = 1e-12;

    /// <summary>
    /// LoG on the box plus a 12 σ margin instead of the whole image: ITK's recursive filter carries the
    /// crop edge in by less than 2e-9 of a step (measured: features within 1e-11 of whole-image filtering).
    /// </summary>
    private const double MarginTolerance = 1e-10;

    [Fact]
    public void PreCroppedBreast1MatchesItkAndPyWavelets()
    {
        const string yaml = """
            setting:
              preCrop: true
              padDistance: 5
            imageType:
              LoG:
                sigma: [1.0, 2.0, 3.0]
              Wavelet:
                level: 2
            """;
        var ours = Extract(yaml, Fixtures.PyRadiomicsData("breast1_image.nrrd"), Fixtures.PyRadiomicsData("breast1_label.nrrd"));
        var roi = Roi("filters/inputs/breast1-pad5_label.nrrd");

        var expected = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sigma in new[] { "1-0", "2-0", "3-0" })
        {
            AddReference(expected, $"log-sigma-{sigma}-mm-3D", $"filters/log/breast1-pad5_sigma-{sigma}.nrrd", roi);
        }

        foreach (var band in Bands.Where(b => b != "LLL"))
        {
            AddReference(expected, $"wavelet-{band}", $"filters/wavelet/breast1-pad5_coif1_wavelet-{band}.nrrd", roi);
        }

        foreach (var band in Bands)
        {
            AddReference(expected, $"wavelet2-{band}", $"filters/wavelet/breast1-pad5_coif1_wavelet2-{band}.nrrd", roi);
        }

        Assert.Equal(3 + 7 + 8, expected.Keys.Select(k => k.Split('_')[0]).Distinct().Count());
        Tolerance.AssertAllClose(expected, ours, SameInputTolerance, "breast1 pre-cropped");
    }

    [Theory]
    [InlineData("liver-synthetic", "filters/inputs/liver-synthetic_image.nrrd", "filters/inputs/liver-synthetic_label.nrrd", new[] { "2-0", "5-0" })]
    [InlineData("test-image-37", "pyradiomics/data/test-image_37x37x37.nrrd", "pyradiomics/data/test-mask_37x37x37.nrrd", new[] { "1-0", "2-5" })]
    public void WholeImageModeMatchesWholeImageFiltering(string name, string image, string mask, string[] sigmas)
    {
        var sigmaList = string.Join(", ", sigmas.Select(s => s.Replace('-', '.')));
        var yaml = $"""
            imageType:
              LoG:
                sigma: [{sigmaList}]
              Wavelet: {"{}"}
            """;
        var ours = Extract(yaml, Fixtures.Path(image.Split('/')), Fixtures.Path(mask.Split('/')));
        var roi = Roi(mask);

        var log = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var sigma in sigmas)
        {
            AddReference(log, $"log-sigma-{sigma}-mm-3D", $"filters/log/{name}_sigma-{sigma}.nrrd", roi);
        }

        var wavelet = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var band in Bands)
        {
            AddReference(wavelet, $"wavelet-{band}", $"filters/wavelet/{name}_coif1_wavelet-{band}.nrrd", roi);
        }

        Tolerance.AssertAllClose(log, ours, MarginTolerance, $"{name} LoG");
        Tolerance.AssertAllClose(wavelet, ours, SameInputTolerance, $"{name} wavelet");
    }

    [Fact]
    public void AFeatureListComputesOnlyThoseFeaturesWithTheSameValues()
    {
        var image = NrrdReader.Read(Fixtures.PyRadiomicsData("breast1_image.nrrd"));
        var mask = NrrdReader.Read(Fixtures.PyRadiomicsData("breast1_label.nrrd"));
        var parameters = ParameterFile.Parse("setting:\n  preCrop: true\nimageType:\n  LoG:\n    sigma: [1.0, 2.0, 3.0]\n  Wavelet: {}\n");
        var all = new RadiomicsExtractor(parameters).Execute(image, mask).Features.ToDictionary(kv => kv.Key, kv => kv.Value);
        string[] wanted = ["log-sigma-2-0-mm-3D_glszm_ZoneEntropy", "wavelet-HLL_firstorder_Mean", "original_shape_Sphericity"];

        var some = new RadiomicsExtractor(parameters).Execute(image, mask, features: wanted).Features;

        Assert.Equal(wanted.Order(StringComparer.Ordinal), some.Select(f => f.Key).Order(StringComparer.Ordinal));
        foreach (var (key, value) in some)
        {
            Assert.Equal(all[key], value);
        }
    }

    private static readonly string[] Bands = ["LLH", "LHL", "LHH", "HLL", "HLH", "HHL", "HHH", "LLL"];

    private static IReadOnlyDictionary<string, double> Extract(string yaml, string image, string mask)
    {
        var parameters = ParameterFile.Parse(yaml);
        return new RadiomicsExtractor(parameters)
            .Execute(NrrdReader.Read(image), NrrdReader.Read(mask))
            .Features.ToDictionary(kv => kv.Key, kv => kv.Value);
    }

    private static RoiMask Roi(string path) => RoiMask.FromLabel(NrrdReader.Read(Fixtures.Path(path.Split('/'))), 1);

    /// <summary>
    /// Every non-shape feature of <paramref name="prefix"/> computed on a reference image: the full filtered
    /// input, or (for the wavelet fixtures that keep only the ROI box) exactly the box.
    /// </summary>
    private static void AddReference(Dictionary<string, double> expected, string prefix, string path, RoiMask roi)
    {
        var reference = NrrdReader.Read(Fixtures.Path(path.Split('/')));
        var box = roi.BoundingBox;
        double[] values;
        if (reference.Size == roi.Geometry.Size)
        {
            values = new double[box.Size.VoxelCount];
            reference.CopyTo(box, values);
        }
        else
        {
            Assert.Equal(box.Size, reference.Size);
            Assert.True((reference.Geometry.Origin - roi.Geometry.Crop(box).Origin).Norm < 1e-9, $"{path} does not start at the ROI box");
            values = reference.ToDoubleArray();
        }

        var input = new FeatureInput(box.Size, roi.Geometry.Spacing, values, roi.Crop(box), ExtractionSettings.Default);
        foreach (var family in FeatureFamilies.All.Where(f => f.Name != "shape"))
        {
            var names = family.DefaultFeatureNames.ToList();
            var computed = family.Compute(input, names);
            for (var i = 0; i < names.Count; i++)
            {
                expected[$"{prefix}_{family.Name}_{names[i]}"] = computed[i];
            }
        }
    }
}
