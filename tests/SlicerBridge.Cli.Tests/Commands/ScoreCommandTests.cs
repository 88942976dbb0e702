using System.Globalization;
using System.Text.Json;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

public class ScoreCommandTests
{
    private static readonly string Image = Fixtures.PyRadiomicsData("brain1_image.nrrd");
    private static readonly string Mask = Fixtures.PyRadiomicsData("brain1_label.nrrd");

    [Fact]
    public void TextShowsTheAnswerTheDriversAndTheDemonstrationNotice()
    {
        using var temp = new TempDirectory();
        var model = WriteModel(temp);

        var run = CliRun.Of("score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "350");

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Error);
        var expected = Expected(model);
        var lines = run.Output.Split('\n');
        Assert.Equal("*** FOR DEMONSTRATION, NOT FOR CLINICAL USE ***", lines[0]);
        Assert.Equal("*** FOR DEMONSTRATION, NOT FOR CLINICAL USE ***", lines[^2]);
        Assert.StartsWith($"Model          cli-test 1.2.3 (sha256 {expected.Model.Sha256![..12]})", lines[1], StringComparison.Ordinal);
        Assert.Contains($"Probability    {(100 * expected.Nomogram.Probability).ToString("0.0", CultureInfo.InvariantCulture)} %", lines);
        Assert.Contains(lines, l => l.StartsWith($"Risk group     {(expected.Nomogram.RiskGroup == RiskGroup.High ? "HIGH" : "LOW")} (nomogram ", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"Radscore       {expected.Radscore.Value.ToString("0.###", CultureInfo.InvariantCulture)} ", StringComparison.Ordinal));
        var driverLines = lines.SkipWhile(l => !l.StartsWith("Top drivers", StringComparison.Ordinal)).Skip(1).Take(2).ToList();
        Assert.Equal(expected.Drivers.Select(d => d.Name), driverLines.Select(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]));
        Assert.Contains("Warnings       none", lines);
        Assert.Contains(lines, l => l.StartsWith("VOI arterial   4137 voxels", StringComparison.Ordinal));
    }

    [Fact]
    public void JsonCarriesTheWholeResultAndOutIsWrittenAtomically()
    {
        using var temp = new TempDirectory();
        var model = WriteModel(temp);
        var outFile = temp.File("score.json");

        var run = CliRun.Of("score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "350", "--format", "json", "--out", outFile);

        Assert.Equal(0, run.ExitCode);
        Assert.Empty(run.Output);
        var expected = Expected(model);
        using var json = JsonDocument.Parse(File.ReadAllText(outFile));
        var root = json.RootElement;
        Assert.Equal(expected.Radscore.Value, root.GetProperty("radscore").GetProperty("value").GetDouble());
        Assert.Equal(expected.Radscore.RiskGroup == RiskGroup.High ? "high" : "low", root.GetProperty("radscore").GetProperty("risk_group").GetString());
        Assert.Equal(expected.Nomogram.Probability, root.GetProperty("nomogram").GetProperty("probability").GetDouble());
        Assert.Equal(expected.Nomogram.LinearPredictor, root.GetProperty("nomogram").GetProperty("linear_predictor").GetDouble());
        Assert.Equal(1, root.GetProperty("nomogram").GetProperty("terms")[0].GetProperty("value").GetDouble());
        Assert.True(root.GetProperty("demonstration").GetBoolean());
        Assert.Equal("for demonstration, not for clinical use", root.GetProperty("notice").GetString());
        Assert.Equal(expected.Model.Sha256, root.GetProperty("model").GetProperty("sha256").GetString());
        var drivers = root.GetProperty("drivers").EnumerateArray().ToList();
        Assert.Equal(expected.Drivers.Select(d => d.Name), drivers.Select(d => d.GetProperty("name").GetString()));
        Assert.Equal(expected.Drivers.Select(d => d.Z), drivers.Select(d => d.GetProperty("z").GetDouble()));
        Assert.Equal(350, root.GetProperty("clinical").GetProperty("afp_ng_ml").GetDouble());
        Assert.Equal(2, root.GetProperty("phases").GetArrayLength());
        Assert.Equal(0, root.GetProperty("warnings").GetArrayLength());
        Assert.True(root.GetProperty("timing").GetProperty("total_ms").GetDouble() > 0);
        Assert.Equal(["score.json", "cli-test.model.json"], Directory.GetFiles(temp.Path).Select(Path.GetFileName).Order().Reverse());
    }

    [Fact]
    public void PublishedNomogramScoresAGivenRadscore()
    {
        var run = CliRun.Of("score", "--published-nomogram", "--radscore", "0.5", "--afp", "350", "--format", "json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Output);
        var nomogram = json.RootElement.GetProperty("nomogram");

        // -1.092 + 1.904 + 2.214 * 0.5 by hand.
        Assert.Equal(1.919, nomogram.GetProperty("linear_predictor").GetDouble(), 1e-12);
        Assert.Equal(0.872026879190324, nomogram.GetProperty("probability").GetDouble(), 1e-12);
        Assert.Equal("high", nomogram.GetProperty("risk_group").GetString());
        Assert.Equal("published_radscore_scale", json.RootElement.GetProperty("warnings")[0].GetProperty("code").GetString());
    }

    [Fact]
    public void PublishedNomogramText()
    {
        var run = CliRun.Of("score", "--published-nomogram", "--radscore", "-0.2", "--afp", "50");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("Probability    17.7 %", run.Output, StringComparison.Ordinal);
        Assert.Contains("Risk group     LOW (nomogram -1.535 <= cut-off -0.883)", run.Output, StringComparison.Ordinal);
        Assert.Contains("Nomogram       -1.535 = -1.092 +0.000 afp_gt_200 (afp_ng_ml 50 <= 200) -0.443 radscore", run.Output, StringComparison.Ordinal);
        Assert.DoesNotContain("DEMONSTRATION", run.Output, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--afp is required", "--published-nomogram", "--radscore", "0.5")]
    [InlineData("--radscore is required", "--published-nomogram", "--afp", "1")]
    [InlineData("serum alpha-fetoprotein (AFP) must be a number from 0", "--published-nomogram", "--radscore", "0.5", "--afp", "-3")]
    [InlineData("--model is required", "--afp", "1")]
    [InlineData("unknown format 'csv'", "--published-nomogram", "--radscore", "0.5", "--afp", "1", "--format", "csv")]
    public void BadInputIsOneLineAndExitTwo(string message, params string[] args)
    {
        var run = CliRun.Of(["score", .. args]);

        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void MissingPhaseAndTamperedPackageAreOneLineErrors()
    {
        using var temp = new TempDirectory();
        var model = WriteModel(temp);

        var noVenous = CliRun.Of("score", "--model", model, "--arterial", Image, "--arterial-mask", Mask, "--afp", "1");
        File.WriteAllText(model, File.ReadAllText(model).Replace("\"coefficient\": 0.5", "\"coefficient\": 0.6", StringComparison.Ordinal));
        var tampered = CliRun.Of("score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "1");

        Assert.Equal((2, "error: --venous is required: the model uses venous-phase features (--venous)"), (noVenous.ExitCode, noVenous.Error.TrimEnd()));
        Assert.Equal(2, tampered.ExitCode);
        Assert.Equal($"error: model package content does not match its sha256 (modified or damaged) ({model})", tampered.Error.TrimEnd());
    }

    private static ScoreResult Expected(string model) =>
        new ModelScorer(ModelPackageSerializer.Read(model)).Score(
            new PhaseInput(NrrdReader.Read(Image), NrrdReader.Read(Mask)),
            new PhaseInput(NrrdReader.Read(Image), NrrdReader.Read(Mask)),
            new Dictionary<string, double> { ["afp_ng_ml"] = 350 });

    private static string WriteModel(TempDirectory temp)
    {
        var path = temp.File("cli-test.model.json");
        ModelPackageSerializer.Write(new ModelPackage
        {
            Id = "cli-test",
            Version = "1.2.3",
            Created = "2026-01-01T00:00:00Z",
            Software = new SoftwareInfo("SlicerBridge", "0.1.0"),
            IntendedUse = "CLI test model",
            Demonstration = true,
            Extraction = new ExtractionInfo("featureClass:\n  firstorder:\n  glcm:\n", ["arterial", "venous"]),
            Features =
            [
                new("arterial_original_firstorder_Mean", 900, 100, 0.5, 500, 1100),
                new("venous_original_glcm_Contrast", 20, 10, -0.3, 1, 80),
            ],
            Radscore = new RadscoreModel(0, 0.2, 0.05, "lambda.1se"),
            Nomogram = new NomogramModel(-1, [new("afp_gt_200", "afp_ng_ml", 200, 1.5), new("radscore", "radscore", null, 2)], -0.5),
            Metrics = new ModelMetrics(
                new Dictionary<string, SetMetrics>
                {
                    ["radscore"] = new(100, 0.8, 0.7, 0.9, 0.7, 0.8, 0.7, 0.8),
                    ["nomogram"] = new(100, 0.85, 0.77, 0.93, 0.75, 0.8, 0.72, 0.82),
                },
                null,
                null),
            TrainingRanges = new TrainingRanges([0.5, 0.5, 1], [1, 1, 7], 1, 500),
            Data = new TrainingData(new string('0', 64), 100, 0, 40, "test"),
            Seed = 1,
        }, path);
        return path;
    }
}
