using System.Globalization;
using System.Text;
using System.Text.Json;
using SlicerBridge.Cli.Commands;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Tables;
using SlicerBridge.Radiomics.Features;
using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

/// <summary><c>slicerbridge train</c> end to end on the R goldens' cohort, and its refusals.</summary>
public sealed class TrainCommandTests
{
    private const string Created = "2026-11-28T12:00:00Z";

    private const string Parameters = "imageType:\n  Original: {}\nfeatureClass:\n  firstorder:\n  glcm:\n  glrlm:\n  glszm:\n";

    /// <summary>f01..f60 in order → original first-order, GLCM, GLRLM and GLSZM names, 30 per phase, so the package names real features.</summary>
    private static readonly string[] FeatureNames = new[] { "firstorder", "glcm", "glrlm", "glszm" }
        .SelectMany(c => FeatureFamilies.Find(c)!.DefaultFeatureNames.Select(n => $"original_{c}_{n}"))
        .Take(60)
        .Select((n, k) => (k < 30 ? "arterial_" : "venous_") + n)
        .ToArray();

    /// <summary>
    /// r/data/radiomics_cohort.csv as PyRadiomics-style tables: features f01..f60 under <see cref="FeatureNames"/> in the
    /// same order, diagnostics with the geometry, and a clinical table with <c>foldid</c> as <c>fold</c>, <c>set</c> as
    /// <c>split</c> and AFP in ng/mL (afp_high 1 → 400, 0 → 50).
    /// </summary>
    private static (string Features, string Clinical) WriteTables(string folder)
    {
        var cohort = CsvTable.Load(Fixtures.Path("r", "data", "radiomics_cohort.csv"));
        var columns = Enumerable.Range(1, 60).Select(k => cohort.Text($"f{k:00}")).ToArray();
        var features = new StringBuilder("ID,Image,Mask,diagnostics_Versions_PyRadiomics,arterial_diagnostics_Image-original_Spacing,arterial_diagnostics_Mask-original_VoxelNum,venous_diagnostics_Image-original_Spacing,venous_diagnostics_Mask-original_VoxelNum,");
        features.Append(string.Join(",", FeatureNames)).Append('\n');
        var clinical = new StringBuilder("ID,split,fold,proliferative,afp_ng_ml\n");
        var (ids, sets, folds, outcome, afp) = (cohort.Text("id"), cohort.Text("set"), cohort.Text("foldid"), cohort.Text("proliferative"), cohort.Text("afp_high"));
        for (var r = 0; r < cohort.RowCount; r++)
        {
            features.Append($"{ids[r]},i.nrrd,m.nrrd,v3.1.0,\"(0.7, 0.7, 5.0)\",{1500 + r},\"(0.7, 0.7, 5.0)\",{1600 + r},").Append(string.Join(",", columns.Select(c => c[r]))).Append('\n');
            clinical.Append($"{ids[r]},{sets[r]},{(folds[r] == "NA" ? "" : folds[r])},{outcome[r]},{(afp[r] == "1" ? 400 : 50)}\n");
        }

        File.WriteAllText(Path.Combine(folder, "params.yaml"), Parameters);
        var paths = (Path.Combine(folder, "table.csv"), Path.Combine(folder, "clinical.csv"));
        File.WriteAllText(paths.Item1, features.ToString());
        File.WriteAllText(paths.Item2, clinical.ToString());
        return paths;
    }

    [Fact]
    public void Features_mode_trains_glmnets_model_and_reruns_to_identical_bytes()
    {
        using var temp = new TempDirectory();
        var (features, clinical) = WriteTables(temp.Path);
        string[] Args(string outDir) => ["train", "--features", features, "--clinical", clinical, "afp_ng_ml>200", "--params", temp.File("params.yaml"), "--out", outDir, "--created", Created, "--engine", "exact", "--name", "site-model"];

        var first = CliRun.Of(Args(temp.File("a")));
        Assert.True(first.ExitCode == 0, first.Error);
        var second = CliRun.Of(Args(temp.File("b")));
        Assert.Equal(0, second.ExitCode);

        var packagePath = Path.Combine(temp.File("a"), "site-model.model.json");
        Assert.Equal(File.ReadAllBytes(packagePath), File.ReadAllBytes(Path.Combine(temp.File("b"), "site-model.model.json")));
        Assert.Equal(File.ReadAllBytes(Path.Combine(temp.File("a"), "report.html")), File.ReadAllBytes(Path.Combine(temp.File("b"), "report.html")));
        Assert.True(File.Exists(Path.Combine(temp.File("a"), "features.csv")));
        Assert.Empty(Directory.GetFiles(temp.File("a"), "*.tmp"));

        // glmnet's lambda.min selection on the same folds (glmnet_cv.json): f01, f07, f11, f15, f27, f34.
        var package = ModelPackageSerializer.Read(packagePath);
        string[] selected = ["f01", "f07", "f11", "f15", "f27", "f34"];
        Assert.Equal(selected.Select(f => FeatureNames[int.Parse(f[1..], CultureInfo.InvariantCulture) - 1]), package.Features.Select(f => f.Name));
        using var golden = JsonDocument.Parse(File.ReadAllText(Fixtures.Path("r", "golden", "glmnet_cv.json")));
        var coefficients = golden.RootElement.GetProperty("coef_lambda_min");
        Assert.Equal(selected.Select(f => coefficients.GetProperty(f).GetDouble()), package.Features.Select(f => f.Coefficient), new Tolerance(2e-6));
        Assert.Equal(Parameters, package.Extraction.ParametersYaml);
        Assert.Equal(["arterial", "venous"], package.Extraction.Phases);
        Assert.Equal(Created, package.Created);
        Assert.Equal("site-model", package.Id);
        Assert.Equal(["afp_gt_200"], package.Nomogram.Terms.Skip(1).Select(t => t.Name));
        Assert.Contains("selected 6 features", first.Output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_bad_manifest_is_refused_before_anything_is_extracted()
    {
        using var temp = new TempDirectory();
        File.WriteAllText(temp.File("a.nrrd"), "never read");
        File.WriteAllText(temp.File("params.yaml"), "imageType:\n  Original: {}\n");
        File.WriteAllText(temp.File("cohort.csv"),
            "id,split,arterial_image,arterial_mask,venous_image,venous_mask,proliferative,afp_ng_ml\n" +
            "P1,train,a.nrrd,a.nrrd,a.nrrd,a.nrrd,1,10\n" +
            "P2,train,a.nrrd,a.nrrd,missing.nrrd,a.nrrd,0,10\n");
        var outDir = temp.File("out");

        var run = CliRun.Of("train", "--cohort", temp.File("cohort.csv"), "--params", temp.File("params.yaml"), "--out", outDir);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: file not found: missing.nrrd (", run.Error, StringComparison.Ordinal);
        Assert.Contains("line 3, column 'venous_image')", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(outDir));
    }

    [Theory]
    [InlineData("--clinical", "other.csv", "a clinical table (.csv) is only read with --features")]
    [InlineData("--engine", "glmnet", "unknown engine 'glmnet' (mlnet or exact)")]
    [InlineData("--clinical", "afp>x", "the threshold of 'afp>x' is not a number")]
    [InlineData("--name", "../x", "the model name may hold")]
    public void Bad_options_exit_2_with_one_line(string option, string value, string message)
    {
        using var temp = new TempDirectory();
        var run = CliRun.Of("train", "--cohort", temp.File("cohort.csv"), "--params", temp.File("p.yaml"), "--out", temp.File("out"), option, value);
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.Single(run.ErrorLines);
    }

    [Fact]
    public void The_parameter_file_is_required_so_the_package_can_be_scored()
    {
        using var temp = new TempDirectory();
        var (features, clinical) = WriteTables(temp.Path);
        var run = CliRun.Of("train", "--features", features, "--clinical", clinical, "--out", temp.File("out"));
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("--params", run.Error, StringComparison.Ordinal);
        Assert.False(Directory.Exists(temp.File("out")));
    }

    [Fact]
    public void A_package_the_scorer_would_refuse_leaves_no_outputs()
    {
        using var temp = new TempDirectory();
        var (features, clinical) = WriteTables(temp.Path);
        var outDir = temp.File("out");

        // afp_ng_ml as a raw number is fine for training, but the package may only name known clinical
        // variables with their coding; "afp_log" is not one, so the package is refused before anything is written.
        File.WriteAllText(clinical, File.ReadAllText(clinical).Replace("afp_ng_ml", "afp_log", StringComparison.Ordinal));
        var run = CliRun.Of("train", "--features", features, "--clinical", clinical, "afp_log", "--params", temp.File("params.yaml"), "--out", outDir, "--engine", "exact");
        Assert.Equal(CliApp.BadInput, run.ExitCode);
        Assert.Contains("nomogram.terms[1].variable", run.Error, StringComparison.Ordinal);
        Assert.Empty(Directory.GetFiles(outDir));
    }

    [Fact]
    public void Created_is_normalised_to_utc_and_defaults_to_the_input_files_time()
    {
        Assert.Equal("2026-11-28T11:30:00Z", TrainCommand.Created("2026-11-28T12:30:00+01:00", "unused"));
        using var temp = new TempDirectory();
        var input = temp.File("cohort.csv");
        File.WriteAllText(input, "x");
        File.SetLastWriteTimeUtc(input, new DateTime(2025, 3, 4, 5, 6, 7, DateTimeKind.Utc));
        if (Environment.GetEnvironmentVariable(TrainCommand.SourceDateEpoch) is null)
        {
            Assert.Equal("2025-03-04T05:06:07Z", TrainCommand.Created(null, input));
        }

        Assert.Equal("--created", Assert.Throws<Imaging.InvalidInputException>(() => TrainCommand.Created("yesterday", input)).Where);
    }

    private sealed class Tolerance(double tolerance) : IEqualityComparer<double>
    {
        public bool Equals(double x, double y) => Math.Abs(x - y) <= tolerance;

        public int GetHashCode(double obj) => 0;
    }
}
