using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Training;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Training;

/// <summary>Images to package on a small synthetic two-phase cohort: caching, ICC screening, reproducibility.</summary>
public sealed class CohortTrainingTests : IDisposable
{
    private static readonly CohortColumnsOptions Columns = new("proliferative", ["afp_ng_ml"], 10, true);

    private readonly TempDirectory _folder = new();
    private readonly CohortManifest _manifest;
    private readonly ExtractionParameters _parameters;

    public CohortTrainingTests()
    {
        var (manifest, parameters) = SmallCohort.Write(_folder.Path);
        _manifest = CohortManifest.Load(manifest, Columns);
        _parameters = ParameterFile.Load(parameters);
    }

    public void Dispose() => _folder.Dispose();

    private (TrainingCohort Cohort, CohortFeatureExtractor Extractor) Extract(string cache)
    {
        var extractor = new CohortFeatureExtractor(_parameters, Path.Combine(_folder.Path, cache));
        return (extractor.Extract(_manifest, jobs: 2), extractor);
    }

    private static TrainingOptions Options(int seed) => new()
    {
        Created = "2026-11-28T12:00:00Z",
        Seed = seed,
        Engine = LassoSolver.CoordinateDescent,
        Folds = 4,
        Demonstration = true,
    };

    private static string PackageText(TrainingResult result) => ModelPackageSerializer.ToJson(ModelPackageSerializer.Seal(result.Package));

    [Fact]
    public void Rerun_reuses_the_cache_and_gives_a_byte_identical_package()
    {
        var (first, cold) = Extract("cache");

        // 40 cases x 2 phases, plus 10 second-reader and 10 repeat cases x 2 phases.
        Assert.Equal(120, cold.Cache.Misses);
        Assert.Equal(0, cold.Cache.Hits);
        var (second, warm) = Extract("cache");
        Assert.Equal(0, warm.Cache.Misses);
        Assert.Equal(120, warm.Cache.Hits);

        var a = TrainingPipeline.Run(first, Options(7));
        var b = TrainingPipeline.Run(second, Options(7));
        Assert.Equal(PackageText(a), PackageText(b));
        Assert.Equal(_manifest.Sha256, a.Package.Data.ManifestSha256);
        Assert.True(a.Package.Demonstration);
        Assert.StartsWith("DEMONSTRATION ONLY", a.Package.IntendedUse, StringComparison.Ordinal);
    }

    [Fact]
    public void A_different_seed_gives_different_folds()
    {
        var (cohort, _) = Extract("cache");
        var a = TrainingPipeline.Run(cohort, Options(1));
        var b = TrainingPipeline.Run(cohort, Options(2));
        Assert.False(a.FoldsGiven);
        Assert.NotEqual(a.FoldIds, b.FoldIds);
        Assert.Equal(1, a.Package.Seed);
        Assert.Equal(2, b.Package.Seed);
    }

    [Fact]
    public void Repeated_reads_are_screened_by_icc_per_phase_and_the_package_is_complete()
    {
        var (cohort, _) = Extract("cache");
        Assert.Equal(4, cohort.RepeatReads.Count);
        var result = TrainingPipeline.Run(cohort, Options(1));

        var icc = result.Screening.Where(s => s.Step.StartsWith("ICC >", StringComparison.Ordinal)).ToArray();
        Assert.Equal(4, icc.Length);
        Assert.Contains(icc, s => s.Step.Contains("arterial second reader", StringComparison.Ordinal) && s.Step.Contains("10 cases", StringComparison.Ordinal));
        Assert.Contains(icc, s => s.Step.Contains("venous repeat mask", StringComparison.Ordinal));

        var package = result.Package;
        Assert.Equal(["arterial", "venous"], package.Extraction.Phases);
        Assert.Equal(SmallCohort.Parameters, package.Extraction.ParametersYaml);
        Assert.Equal([0.8, 0.8, 2.5], package.TrainingRanges.SpacingMinMm);
        Assert.Equal([0.8, 0.8, 2.5], package.TrainingRanges.SpacingMaxMm);
        Assert.True(package.TrainingRanges.VoiMlMin > 0);
        Assert.Equal(package.TrainingRanges.VoiMlMin, package.TrainingRanges.VoiMlMax);
        Assert.Equal(28, package.Data.NTrain);
        Assert.Equal(12, package.Data.NValidation);
        Assert.Equal(14, package.Data.NPositiveTrain);
        Assert.NotNull(package.Metrics.Validation);
        Assert.All(package.Features, f => Assert.True(f.TrainingMin <= f.TrainingMax && f.Sd > 0 && f.Coefficient != 0));
        Assert.All(package.Features, f => Assert.Matches("^(arterial|venous)_original_(firstorder|glcm)_", f.Name));
    }
}
