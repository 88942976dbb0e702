using System.Globalization;
using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

public class SynthCommandTests
{
    [Fact]
    public void RefusesANonEmptyFolderWithOneErrorLineAndWritesNothing()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.txt"), "keep me");

        var run = CliRun.Of("synth", "--out", temp.Path, "--train", "10", "--validation", "0", "--outcomes", "0");

        Assert.Equal(2, run.ExitCode);
        var line = Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: output folder is not empty", line, StringComparison.Ordinal);
        Assert.EndsWith($"({temp.Path})", line, StringComparison.Ordinal);
        Assert.Equal(["notes.txt"], Directory.EnumerateFileSystemEntries(temp.Path).Select(Path.GetFileName));
    }

    [Fact]
    public void ForceWritesTheCohortIntoANonEmptyFolder()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("notes.txt"), "keep me");

        var run = CliRun.Of("synth", "--out", temp.Path, "--force", "--seed", "3", "--train", "10", "--validation", "2", "--outcomes", "2", "-j", "2");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("wrote 14 synthetic patients", run.Output, StringComparison.Ordinal);
        Assert.Equal(13, File.ReadAllLines(temp.File("cohort.csv")).Length);
        Assert.Equal(3, File.ReadAllLines(temp.File("outcomes.csv")).Length);
        Assert.Equal("keep me", File.ReadAllText(temp.File("notes.txt")));
    }

    [Fact]
    public void OnePatientIsAValidInputForExtract()
    {
        using var temp = new TempDirectory();
        var folder = temp.File("patient");

        var synth = CliRun.Of("synth", "--out", folder, "--patient", "patient-001", "--proliferative", "--afp", "350", "--seed", "5");
        Assert.Equal(0, synth.ExitCode);
        Assert.Contains("\"afpNgMl\": 350", File.ReadAllText(Path.Combine(folder, "patient.json")), StringComparison.Ordinal);
        Assert.Contains("\"proliferative\": true", File.ReadAllText(Path.Combine(folder, "patient.json")), StringComparison.Ordinal);

        foreach (var phase in new[] { "arterial", "venous" })
        {
            var outFile = temp.File(phase + ".csv");
            var extract = CliRun.Of("extract", "--image", Path.Combine(folder, phase + ".nrrd"), "--mask", Path.Combine(folder, phase + "_mask_A.nrrd"), "--out", outFile);

            Assert.True(extract.ExitCode == 0, extract.Error);
            var features = File.ReadAllLines(outFile).Skip(1).Select(l => l.Split(',')).ToDictionary(c => c[0], c => double.Parse(c[1], CultureInfo.InvariantCulture));
            Assert.All(features, f => Assert.True(double.IsFinite(f.Value), f.Key));
            // A 3-4 cm tumour (the seed's drawn diameter is 33.6 mm).
            Assert.InRange(features["original_shape_Maximum3DDiameter"], 30, 40);
        }
    }

    [Theory]
    [InlineData("--patient", "a/b", "patient id")]
    [InlineData("--train", "5", "train")]
    public void BadArgumentsAreOneLineErrors(string option, string value, string where)
    {
        using var temp = new TempDirectory();

        var run = CliRun.Of("synth", "--out", temp.File("new"), option, value);

        Assert.Equal(2, run.ExitCode);
        Assert.EndsWith($"({where})", Assert.Single(run.ErrorLines), StringComparison.Ordinal);
    }
}
