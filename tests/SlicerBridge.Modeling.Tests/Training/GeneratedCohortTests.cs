using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Synthetic;
using CohortManifest = SlicerBridge.Modeling.Cohorts.CohortManifest;
using SlicerBridge.Modeling.Training;
using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Training;

/// <summary>
/// Training on a cohort from the synthetic generator (its <c>cohort.csv</c> as written, with second-reader masks
/// for every case, repeats for some, and folds): the package must pass the scorer's validation.
/// </summary>
public sealed class GeneratedCohortTests
{
    private const string Parameters = "setting:\n  binWidth: 25\n  label: 1\nimageType:\n  Original: {}\nfeatureClass:\n  shape:\n  firstorder:\n";

    [Fact]
    public void A_generated_cohort_trains_to_a_valid_package()
    {
        using var folder = new TempDirectory();
        SyntheticCohortGenerator.Generate(
            new SyntheticCohortOptions { Train = 30, Validation = 14, OutcomeCohorts = [], RepeatReads = 6, MaxDegreeOfParallelism = 2 }, folder.Path);
        var manifest = CohortManifest.Load(Path.Combine(folder.Path, "cohort.csv"), new CohortColumnsOptions("proliferative", ["afp_ng_ml"], 10, true));
        var parameters = ParameterFile.Parse(Parameters);
        var cohort = new CohortFeatureExtractor(parameters, Path.Combine(folder.Path, "cache")).Extract(manifest, jobs: 2);

        var result = TrainingPipeline.Run(cohort, new TrainingOptions { Created = "2026-11-28T00:00:00Z", Engine = LassoSolver.CoordinateDescent, Demonstration = true });

        Assert.True(result.FoldsGiven);
        Assert.Equal(manifest.Cases.Where(c => c.Record.Split == CohortSplit.Train).Select(c => c.Record.Fold!.Value), result.FoldIds);
        Assert.Contains(result.Screening, s => s.Step.Contains("arterial second reader", StringComparison.Ordinal) && s.Step.EndsWith("44 cases", StringComparison.Ordinal));
        Assert.Contains(result.Screening, s => s.Step.Contains("venous repeat mask", StringComparison.Ordinal) && s.Step.EndsWith("6 cases", StringComparison.Ordinal));
        ModelPackageValidator.Validate(result.Package);
        Assert.Equal(14, result.Package.Data.NValidation);
        Assert.NotNull(result.Package.Metrics.Validation);
    }
}
