using System.Globalization;
using System.Text.Json;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

public class ExtractCommandTests
{
    private static readonly string Image1 = Fixtures.PyRadiomicsData("brain1_image.nrrd");
    private static readonly string Mask1 = Fixtures.PyRadiomicsData("brain1_label.nrrd");
    private static readonly string Image2 = Fixtures.PyRadiomicsData("brain2_image.nrrd");
    private static readonly string Mask2 = Fixtures.PyRadiomicsData("brain2_label.nrrd");

    [Fact]
    public void CsvHasOneRowPerFeatureWithTheExtractorsValues()
    {
        using var temp = new TempDirectory();
        var outFile = temp.File("features.csv");

        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask1, "--out", outFile);

        Assert.Equal(0, run.ExitCode);
        var lines = File.ReadAllLines(outFile);
        Assert.Equal("feature,value", lines[0]);
        var expected = new RadiomicsExtractor(ExtractionParameters.Default)
            .Execute(NrrdReader.Read(Image1), NrrdReader.Read(Mask1)).Features;
        Assert.Equal(expected.Count, lines.Length - 1);
        for (var i = 0; i < expected.Count; i++)
        {
            var cells = lines[i + 1].Split(',');
            Assert.Equal(expected[i].Key, cells[0]);
            Assert.Equal(expected[i].Value, double.Parse(cells[1], CultureInfo.InvariantCulture));
        }
    }

    [Fact]
    public void JsonCarriesFeaturesAndDiagnostics()
    {
        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask1, "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var expected = new RadiomicsExtractor(ExtractionParameters.Default)
            .Execute(NrrdReader.Read(Image1), NrrdReader.Read(Mask1)).Features;
        var features = json.RootElement.GetProperty("features").EnumerateObject().ToList();
        Assert.Equal(expected.Select(f => f.Key), features.Select(f => f.Name));
        Assert.Equal(expected.Select(f => f.Value), features.Select(f => f.Value.GetDouble()));
        var diagnostics = json.RootElement.GetProperty("diagnostics");
        Assert.Equal("(162, 84, 11, 47, 70, 7)", diagnostics.GetProperty("Mask-original_BoundingBox").GetString());

        // The whole image's statistics as PyRadiomics' baseline records them (brain1_normalization column).
        Assert.Equal(385.6564080810547, double.Parse(diagnostics.GetProperty("Image-original_Mean").GetString()!, CultureInfo.InvariantCulture), 10);
        Assert.Equal("0", diagnostics.GetProperty("Image-original_Minimum").GetString());
        Assert.Equal("3057", diagnostics.GetProperty("Image-original_Maximum").GetString());
    }

    [Fact]
    public void MissingFileIsOneLineAndExitTwo()
    {
        using var temp = new TempDirectory();
        var outFile = temp.File("features.csv");

        var run = CliRun.Of("extract", "--image", temp.File("absent.nrrd"), "--mask", Mask1, "--out", outFile);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: file not found", run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(outFile));
        Assert.Empty(Directory.GetFiles(temp.Path));
    }

    [Fact]
    public void GeometryMismatchIsRejected()
    {
        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask2);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("geometry do not match", run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void AbsentLabelNamesTheLabelsPresent()
    {
        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask1, "--label", "3");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("label 3 is not present in the mask (labels present: 1)", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnsupportedNrrdEncodingIsNamed()
    {
        using var temp = new TempDirectory();
        var path = temp.File("image.nrrd");
        File.WriteAllText(path, "NRRD0004\ntype: short\ndimension: 3\nsizes: 2 2 2\nencoding: bzip2\n\n");

        var run = CliRun.Of("extract", "--image", path, "--mask", Mask1);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unsupported NRRD encoding 'bzip2'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ImageBeyondTheMemoryCapIsRefusedBeforeReading()
    {
        // brain1 is 256 x 256 x 25 int16 = 3.1 MiB.
        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask1, "--max-memory-mb", "1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("more than the memory cap", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void UnknownSettingInTheParameterFileIsNamed()
    {
        using var temp = new TempDirectory();
        var parameters = temp.File("params.yaml");
        File.WriteAllText(parameters, "setting:\n  binWidth: 25\n  binwidht: 10\n");

        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask1, "--params", parameters);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("unknown setting 'binwidht'", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void BatchWritesEveryGoodCaseAndNamesTheFailedOne()
    {
        using var temp = new TempDirectory();
        var batch = temp.File("cases.csv");
        File.WriteAllLines(batch,
        [
            "ID,Image,Mask",
            $"brain1,{Image1},{Mask1}",
            $"broken,{Image1},{Mask2}",
            $"brain2,{Image2},{Mask2}",
        ]);
        var outFile = temp.File("wide.csv");

        var run = CliRun.Of("extract", "--batch", batch, "--out", outFile, "--jobs", "2");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("error: case broken:", run.Error, StringComparison.Ordinal);
        var lines = File.ReadAllLines(outFile);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("ID,Image,Mask,Label,original_", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("brain1,", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("brain2,", lines[2], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("ID,Image\nc1,a.nrrd\n", "batch file has no 'Mask' column")]
    [InlineData("ID,Image,Mask\nc1,a.nrrd,m.nrrd\nc1,b.nrrd,m.nrrd\n", "line 3: duplicate ID 'c1'")]
    [InlineData("ID,Image,Mask\nc1,,m.nrrd\n", "line 2, column Image: value is empty")]
    [InlineData("ID,Image,Mask,Label\nc1,a.nrrd,m.nrrd,two\n", "line 2, column Label")]
    public void MalformedBatchFailsBeforeAnyExtraction(string content, string message)
    {
        using var temp = new TempDirectory();
        var batch = temp.File("cases.csv");
        File.WriteAllText(batch, content);

        var run = CliRun.Of("extract", "--batch", batch, "--out", temp.File("out.csv"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(temp.File("out.csv")));
    }

    private static readonly string PaperParameters = Path.Combine(Fixtures.Root, "..", "..", "samples", "params", "paper-ct.yaml");

    [Fact]
    public void PaperSettingsGive1316FeaturesPerPhaseAnd2632ForTwoPhases()
    {
        var breastImage = Fixtures.PyRadiomicsData("breast1_image.nrrd");
        var breastMask = Fixtures.PyRadiomicsData("breast1_label.nrrd");

        var single = CliRun.Of("extract", "--image", breastImage, "--mask", breastMask, "--params", PaperParameters);
        var both = CliRun.Of("extract", "--arterial", breastImage, "--arterial-mask", breastMask,
            "--venous", breastImage, "--venous-mask", breastMask, "--params", PaperParameters);

        Assert.Equal(0, single.ExitCode);
        Assert.Equal(0, both.ExitCode);
        var singleNames = FeatureNames(single.Output);
        var bothNames = FeatureNames(both.Output);
        Assert.Equal(1316, singleNames.Count);
        Assert.Equal(14, singleNames.Count(n => n.StartsWith("original_shape_", StringComparison.Ordinal)));
        Assert.Equal(14, singleNames.Where(n => !n.Contains("_shape_", StringComparison.Ordinal)).Select(n => n.Split('_')[0]).Distinct().Count());
        Assert.Equal(2632, bothNames.Count);
        Assert.Equal(singleNames.Select(n => "arterial_" + n).Concat(singleNames.Select(n => "venous_" + n)), bothNames);
    }

    [Fact]
    public void TwoPhaseNeedsBothMasks()
    {
        var run = CliRun.Of("extract", "--arterial", Image1, "--arterial-mask", Mask1, "--venous", Image1);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--venous-mask is required with --venous", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AbsurdResamplingIsRefusedBeforeAllocating()
    {
        using var temp = new TempDirectory();
        var parameters = temp.File("tiny-spacing.yaml");
        File.WriteAllText(parameters, "setting:\n  resampledPixelSpacing: [0.001, 0.001, 0.001]\n  interpolator: sitkLinear\n");

        var run = CliRun.Of("extract", "--image", Image1, "--mask", Mask1, "--params", parameters);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.Contains("more than the limit", run.Error, StringComparison.Ordinal);
    }

    private static List<string> FeatureNames(string csv) =>
        csv.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).Select(l => l.Split(',')[0]).ToList();
}
