using System.Globalization;
using System.Text.Json;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Radiomics.Extraction;
using SlicerBridge.Testing;
using SlicerBridge.Testing.Modeling;

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

    [Fact]
    public void PanelIsWrittenAsHtmlWithEverySectionAndSaysWhatIsMissing()
    {
        using var temp = new TempDirectory();
        var model = WriteModel(temp);
        var panel = temp.File("panel.html");

        var run = CliRun.Of("score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "350", "--panel", panel);

        Assert.Equal(0, run.ExitCode);
        var html = File.ReadAllText(panel);
        foreach (var id in new[] { "probability", "nomogram", "drivers", "survival", "model-card", "demo-banner" })
        {
            Assert.Contains($"id=\"{id}\"", html, StringComparison.Ordinal);
        }

        Assert.Contains("No outcome cohort was given", html, StringComparison.Ordinal);
    }

    [Fact]
    public void PanelWithAnOutcomeCohortShowsSurvivalAndRendersAsPng()
    {
        using var temp = new TempDirectory();
        var model = WriteModel(temp);
        var html = temp.File("panel.html");
        var png = temp.File("panel.png");
        string[] outcomes = ["--outcomes-table", Fixtures.Path("r", "data", "outcomes_cohort.csv"), "--outcomes-score", "score"];

        var htmlRun = CliRun.Of(["score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "350", "--panel", html, .. outcomes]);
        var pngRun = CliRun.Of(["score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "350", "--panel", png, .. outcomes]);

        Assert.Equal(0, htmlRun.ExitCode);
        Assert.Equal(0, pngRun.ExitCode);
        Assert.DoesNotContain("No outcome cohort was given", File.ReadAllText(html), StringComparison.Ordinal);
        Assert.Equal(new byte[] { 0x89, 0x50, 0x4E, 0x47 }, File.ReadAllBytes(png)[..4]);
    }

    [Fact]
    public void PanelNeedsAnHtmlOrPngName()
    {
        using var temp = new TempDirectory();
        var model = WriteModel(temp);

        var run = CliRun.Of("score", "--model", model, "--arterial", Image, "--arterial-mask", Mask,
            "--venous", Image, "--venous-mask", Mask, "--afp", "350", "--panel", temp.File("panel.pdf"));

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("risk panel file must end in .html or .png", run.Error, StringComparison.Ordinal);
    }

    private static string WriteModel(TempDirectory temp) => TestModelPackages.Write(
        TestModelPackages.Create("cli-test", "1.2.3",
        [
            new("arterial_original_firstorder_Mean", 900, 100, 0.5, 500, 1100),
            new("venous_original_glcm_Contrast", 20, 10, -0.3, 1, 80),
        ], new RadscoreModel(0, 0.2, 0.05, "lambda.1se")),
        temp.File("cli-test.model.json"));
}
