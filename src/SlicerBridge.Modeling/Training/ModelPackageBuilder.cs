using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Statistics.Screening;

namespace SlicerBridge.Modeling.Training;

/// <summary>Fills every field of the <see cref="ModelPackage"/> from a training run; nothing in it comes from the clock or the machine.</summary>
internal static class ModelPackageBuilder
{
    public const string SoftwareName = "SlicerBridge";

    public static ModelPackage Build(
        TrainingCohort cohort, TrainingResult result, ZScoreNormaliser zscore, IReadOnlyList<int> candidates, IReadOnlyList<int> kept,
        (double Intercept, double[] Beta) lasso)
    {
        var options = result.Options;
        var train = cohort.Indices(CohortSplit.Train).ToArray();
        var features = result.Lasso.SelectedAtLambdaMin.Select(j =>
        {
            var column = candidates[kept[j]];
            var values = train.Select(i => cohort.Features.Rows[i].Values[column]).ToArray();
            return new SelectedFeature(
                cohort.Features.Names[column], zscore.Means[kept[j]], zscore.StandardDeviations[kept[j]], lasso.Beta[j], values.Min(), values.Max());
        }).ToArray();

        var fit = result.Multivariable.Coefficients;
        var terms = new List<NomogramTerm> { new(TrainingPipeline.RadscoreTerm, TrainingPipeline.RadscoreTerm, null, fit[1].Estimate) };
        terms.AddRange(options.Clinical.Select((t, k) => new NomogramTerm(t.Name, t.Variable, t.Threshold, fit[k + 2].Estimate)));

        var nPositive = train.Count(i => cohort.Cases[i].Outcome == 1);
        var nValidation = cohort.Cases.Count - train.Length;
        return new ModelPackage
        {
            Id = options.Name,
            Version = options.Version,
            Created = options.Created,
            Software = new SoftwareInfo(SoftwareName, typeof(ModelPackageBuilder).Assembly.GetName().Version?.ToString(3) ?? "0.0.0"),
            IntendedUse = options.Demonstration
                ? "DEMONSTRATION ONLY, trained on synthetic data; not for clinical use. " + options.IntendedUse
                : options.IntendedUse,
            Demonstration = options.Demonstration,
            Extraction = new ExtractionInfo(cohort.ParametersYaml, Phases(cohort)),
            Features = features,
            Radscore = new RadscoreModel(lasso.Intercept, result.Train.Radscore.AtCutoff.Threshold, result.Lasso.LambdaMin, "lambda.min"),
            Nomogram = new NomogramModel(fit[0].Estimate, terms, result.Train.Nomogram.AtCutoff.Threshold),
            Metrics = new ModelMetrics(
                Metrics(result.Train),
                result.Validation is { } v ? Metrics(v) : null,
                result.Validation?.DeLong?.PValue),
            TrainingRanges = Ranges(cohort, train),
            Data = new TrainingData(
                cohort.SourceSha256,
                train.Length,
                nValidation,
                nPositive,
                $"{cohort.SourceName}: {train.Length} training cases ({nPositive} with {options.Outcome} = 1), {nValidation} validation cases" +
                (options.Demonstration ? "; synthetic data" : "")),
            Seed = options.Seed,
        };
    }

    private static IReadOnlyList<string> Phases(TrainingCohort cohort) =>
        CohortManifest.Phases.Where(p => cohort.Features.Names.Any(n => n.StartsWith(p + "_", StringComparison.Ordinal))).ToArray();

    private static Dictionary<string, SetMetrics> Metrics(SetEvaluation set) => new(StringComparer.Ordinal)
    {
        ["radscore"] = Metrics(set.Radscore),
        ["nomogram"] = Metrics(set.Nomogram),
    };

    private static SetMetrics Metrics(ModelEvaluation model)
    {
        var m = model.AtCutoff;
        return new SetMetrics(
            m.Total, model.Auc.Auc, model.Auc.Lower, model.Auc.Upper,
            m.Sensitivity().Estimate, m.Specificity().Estimate, m.PositivePredictiveValue().Estimate, m.NegativePredictiveValue().Estimate);
    }

    /// <summary>Spacing per axis and VOI volume over the training cases and every phase; cases without geometry cannot give a range.</summary>
    private static TrainingRanges Ranges(TrainingCohort cohort, int[] train)
    {
        var geometry = train.SelectMany(i => cohort.Features.Rows[i].Geometry.Values).ToArray();
        if (train.Any(i => cohort.Features.Rows[i].Geometry.Count == 0))
        {
            throw new InvalidInputException(
                "the training cases' spacing and VOI size are unknown; a feature table needs PyRadiomics' <phase>_diagnostics_Image-original_Spacing and <phase>_diagnostics_Mask-original_VoxelNum columns",
                "training ranges");
        }

        return new TrainingRanges(
            Enumerable.Range(0, 3).Select(a => geometry.Min(g => g.Spacing[a])).ToArray(),
            Enumerable.Range(0, 3).Select(a => geometry.Max(g => g.Spacing[a])).ToArray(),
            geometry.Min(g => g.VoiMl),
            geometry.Max(g => g.VoiMl));
    }
}
