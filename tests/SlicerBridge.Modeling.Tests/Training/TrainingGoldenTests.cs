using System.Text.Json;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.Training;
using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Screening;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.Training;

/// <summary>
/// The pipeline on a PyRadiomics-style table of the R goldens' cohort, with the goldens' folds: z-score,
/// correlation filter, cv.glmnet, radscore, glm and pROC must come out as R's, and as the Statistics engine
/// run directly on the same matrix.
/// </summary>
public sealed class TrainingGoldenTests
{
    private static readonly CohortColumnsOptions Columns = new("proliferative", ["afp_ng_ml"], 10, false);

    /// <summary>One training per engine for the whole class: the pipeline is deterministic, so sharing it loses nothing.</summary>
    private static readonly Dictionary<LassoSolver, Lazy<TrainingResult>> Trained = new()
    {
        [LassoSolver.CoordinateDescent] = new(() => Run(LassoSolver.CoordinateDescent)),
        [LassoSolver.MlNet] = new(() => Run(LassoSolver.MlNet)),
    };

    private static TrainingResult Train(LassoSolver engine) => Trained[engine].Value;

    private static TrainingResult Run(LassoSolver engine)
    {
        using var folder = new TempDirectory();
        var (features, clinical) = FixtureTables.Write(folder.Path);
        var cohort = FeatureTableCohort.Load(features, clinical, Columns, "");
        return TrainingPipeline.Run(cohort, new TrainingOptions { Created = "2026-11-28T00:00:00Z", Engine = engine });
    }

    private static JsonElement Golden(string file) =>
        JsonDocument.Parse(File.ReadAllText(Fixtures.Path("r", "golden", file))).RootElement;

    [Theory]
    [InlineData(LassoSolver.CoordinateDescent, 2e-6)]
    [InlineData(LassoSolver.MlNet, 5e-4)]
    public void Lasso_matches_cv_glmnet_on_the_given_folds(LassoSolver engine, double tolerance)
    {
        var result = Train(engine);
        var golden = Golden("glmnet_cv.json");

        Assert.True(result.FoldsGiven);
        Assert.Equal(golden.GetProperty("x_columns").EnumerateArray().Select(c => FixtureTables.Name(c.GetString()!)), result.LassoFeatures);
        Assert.Equal(golden.GetProperty("lambda_min").GetDouble(), result.Lasso.LambdaMin, 1e-9);

        var coefficients = golden.GetProperty("coef_lambda_min").EnumerateObject()
            .Where(p => p.Name != "(Intercept)" && p.Value.GetDouble() != 0)
            .ToDictionary(p => FixtureTables.Name(p.Name), p => p.Value.GetDouble());
        Assert.Equal(coefficients.Keys.Order(), result.Package.Features.Select(f => f.Name).Order());
        foreach (var feature in result.Package.Features)
        {
            Assert.True(Math.Abs(coefficients[feature.Name] - feature.Coefficient) < tolerance, $"{feature.Name}: {feature.Coefficient} vs glmnet {coefficients[feature.Name]}");
        }

        Assert.Equal(golden.GetProperty("coef_lambda_min").GetProperty("(Intercept)").GetDouble(), result.Package.Radscore.Intercept, tolerance);
    }

    [Fact]
    public void Nomogram_and_metrics_match_glm_and_pROC()
    {
        var result = Train(LassoSolver.CoordinateDescent);
        var combined = Golden("logistic.json").GetProperty("combined").GetProperty("coefficients").EnumerateArray().ToArray();
        var terms = result.Package.Nomogram.Terms;
        Assert.Equal(["radscore", "afp_gt_200"], terms.Select(t => t.Name));
        Assert.Equal(200, terms[1].Threshold);
        Assert.Equal("afp_ng_ml", terms[1].Variable);

        // glmnet's thresh (1e-7) bounds the radscore, so the glm on it agrees to about 1e-5.
        Assert.Equal(combined[0].GetProperty("estimate").GetDouble(), result.Package.Nomogram.Intercept, 1e-4);
        Assert.Equal(combined[1].GetProperty("estimate").GetDouble(), terms[0].Coefficient, 1e-4);
        Assert.Equal(combined[2].GetProperty("estimate").GetDouble(), terms[1].Coefficient, 1e-4);

        var roc = Golden("roc.json");
        Assert.Equal(roc.GetProperty("train").GetProperty("combined_model").GetProperty("auc").GetDouble(), result.Package.Metrics.Train["nomogram"].Auc, 1e-9);
        Assert.Equal(roc.GetProperty("validation").GetProperty("combined_model").GetProperty("auc").GetDouble(), result.Package.Metrics.Validation!["nomogram"].Auc, 1e-9);
        Assert.Equal(roc.GetProperty("train").GetProperty("radscore_raw").GetProperty("auc").GetDouble(), result.Package.Metrics.Train["radscore"].Auc, 1e-9);
        Assert.Equal(roc.GetProperty("roc_test_delong_paired").GetProperty("validation").GetProperty("p_value").GetDouble(), result.Package.Metrics.DeLongPValidation!.Value, 1e-6);
        Assert.Equal(126, result.Package.Data.NTrain);
        Assert.Equal(54, result.Package.Data.NValidation);
    }

    [Fact]
    public void Lasso_is_the_statistics_engine_run_on_the_same_folds()
    {
        var result = Train(LassoSolver.MlNet);
        using var folder = new TempDirectory();
        var (features, clinical) = FixtureTables.Write(folder.Path);
        var cohort = FeatureTableCohort.Load(features, clinical, Columns, "");
        var train = cohort.Indices(CohortSplit.Train).ToArray();
        var columns = result.LassoFeatures.Select(n => cohort.Features.Names.ToList().IndexOf(n)).ToArray();
        var raw = new double[train.Length, columns.Length];
        for (var i = 0; i < train.Length; i++)
        {
            for (var j = 0; j < columns.Length; j++)
            {
                raw[i, j] = cohort.Features.Rows[train[i]].Values[columns[j]];
            }
        }

        var direct = LassoCrossValidation.Run(
            ZScoreNormaliser.Fit(raw).Transform(raw),
            train.Select(i => cohort.Cases[i].Outcome).ToArray(),
            new LassoOptions { Solver = LassoSolver.MlNet },
            new CrossValidationOptions { FoldIds = train.Select(i => cohort.Cases[i].Fold!.Value).ToArray(), FoldSolver = LassoSolver.CoordinateDescent });

        Assert.Equal(direct.SelectedAtLambdaMin, result.Lasso.SelectedAtLambdaMin);
        var (_, beta) = direct.Path.At(direct.LambdaMin);
        Assert.Equal(direct.SelectedAtLambdaMin.Select(j => beta[j]), result.Package.Features.Select(f => f.Coefficient));
    }

    [Fact]
    public void Icc_screening_is_skipped_without_repeated_reads()
    {
        var result = Train(LassoSolver.CoordinateDescent);
        Assert.Contains(result.Screening, s => s.Step.StartsWith("ICC screening skipped", StringComparison.Ordinal) && s.Dropped == 0);
        Assert.DoesNotContain(result.Screening, s => s.Step.StartsWith("ICC >", StringComparison.Ordinal));
    }
}
