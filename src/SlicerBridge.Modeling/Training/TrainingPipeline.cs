using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Cohorts;
using SlicerBridge.Statistics;
using SlicerBridge.Statistics.Calibration;
using SlicerBridge.Statistics.Discrimination;
using SlicerBridge.Statistics.Lasso;
using SlicerBridge.Statistics.Nomogram;
using SlicerBridge.Statistics.Regression;
using SlicerBridge.Statistics.Screening;

namespace SlicerBridge.Modeling.Training;

/// <summary>
/// The study's model building on a <see cref="TrainingCohort"/>, as its R analysis does it: drop features that
/// are not finite in every case or constant in training; ICC screening on repeated reads; z-score with the
/// training mean and SD (n - 1); the Pearson redundancy filter on training rows (table order); LASSO logistic
/// regression with 10-fold cross-validation (cv.glmnet, deviance, lambda.min) giving the radscore; univariable
/// and multivariable logistic regression of the outcome on radscore and the clinical terms; the rms nomogram;
/// and Table 2 metrics on both sets at the training Youden cut-offs. Deterministic: no clock, seeded folds,
/// order-stable screening.
/// </summary>
public static class TrainingPipeline
{
    public const string RadscoreTerm = "radscore";

    /// <summary>rms nomogram <c>fun.at</c> of the study's R code.</summary>
    private static readonly double[] RiskTicks = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

    public static TrainingResult Run(TrainingCohort cohort, TrainingOptions options)
    {
        ArgumentNullException.ThrowIfNull(cohort);
        ArgumentNullException.ThrowIfNull(options);
        CheckOptions(options);
        var train = cohort.Indices(CohortSplit.Train).ToArray();
        var validation = cohort.Indices(CohortSplit.Validation).ToArray();
        var yTrain = train.Select(i => cohort.Cases[i].Outcome).ToArray();

        var screening = new List<ScreeningStage>();
        var candidates = Screen(cohort, train, options, screening);

        var rawTrain = Matrix(cohort, train, candidates);
        var zscore = ZScoreNormaliser.Fit(rawTrain, candidates.Select(j => cohort.Features.Names[j]).ToArray());
        var zTrain = zscore.Transform(rawTrain);
        var kept = RedundancyFilter.Keep(PearsonCorrelation.Matrix(zTrain), options.CorrelationThreshold);
        Stage(screening, $"Pearson |r| ≤ {options.CorrelationThreshold:0.###} with every earlier feature (training rows)", kept.Length, candidates.Count);
        var lassoColumns = kept.Select(k => candidates[k]).ToArray();
        var lassoNames = lassoColumns.Select(j => cohort.Features.Names[j]).ToArray();
        var x = Columns(zTrain, kept);

        var foldsGiven = train.All(i => cohort.Cases[i].Fold is not null);
        var lasso = LassoCrossValidation.Run(
            x,
            yTrain,
            new LassoOptions { Solver = options.Engine },
            new CrossValidationOptions
            {
                Folds = options.Folds,
                Seed = options.Seed,
                FoldIds = foldsGiven ? train.Select(i => cohort.Cases[i].Fold!.Value).ToArray() : null,

                // cv.glmnet's fold deviances only choose lambda: glmnet's exact algorithm gives them at a fraction
                // of ML.NET's cost; the model itself is fitted by the chosen engine.
                FoldSolver = LassoSolver.CoordinateDescent,
            },
            lassoNames);
        var selected = lasso.SelectedAtLambdaMin;
        Stage(screening, "LASSO non-zero at lambda.min (radscore features)", selected.Count, kept.Length);
        if (selected.Count == 0)
        {
            throw new StatisticsInputException(
                "LASSO selected no feature at lambda.min: the screened features do not predict the outcome in the training cases", "LASSO");
        }

        var (intercept, beta) = lasso.Path.At(lasso.LambdaMin);
        var zAll = zscore.Transform(Matrix(cohort, Enumerable.Range(0, cohort.Cases.Count).ToArray(), candidates));
        var zKept = Columns(zAll, kept);
        var radscore = Enumerable.Range(0, cohort.Cases.Count).Select(i => intercept + selected.Sum(j => beta[j] * zKept[i, j])).ToArray();

        var design = Design(cohort, radscore, options.Clinical);
        var termNames = new[] { RadscoreTerm }.Concat(options.Clinical.Select(t => t.Name)).ToArray();
        var trainDesign = Rows(design, train);
        var univariable = LogisticRegression.Univariable(trainDesign, yTrain, termNames);
        var multivariable = LogisticRegression.Fit(trainDesign, yTrain, termNames);
        var nomogram = LogisticNomogram.FromFit(multivariable, trainDesign, RiskTicks);
        var radscoreModel = univariable[0];

        var radscoreRocTrain = RocCurve.Create(yTrain, train.Select(i => radscore[i]).ToArray(), RocDirection.ControlsLower);
        var lp = multivariable.LinearPredictor(design);
        var nomogramRocTrain = RocCurve.Create(yTrain, train.Select(i => lp[i]).ToArray(), RocDirection.ControlsLower);
        var radscoreCutoff = radscoreRocTrain.YoudenOptimal()[0].Threshold;
        var nomogramCutoff = nomogramRocTrain.YoudenOptimal()[0].Threshold;

        var scores = new Scores(cohort, radscore, radscoreModel.LinearPredictor(Columns(design, [0])), lp, radscoreCutoff, nomogramCutoff);
        var trainEvaluation = scores.Evaluate(CohortSplit.Train, train);
        var validationEvaluation = validation.Length > 0 ? scores.Evaluate(CohortSplit.Validation, validation) : null;

        var result = new TrainingResult(
            options, screening, lassoNames, lasso.FoldIds, foldsGiven, lasso, univariable, multivariable, nomogram,
            trainEvaluation, validationEvaluation, null!);
        return result with
        {
            Package = ModelPackageBuilder.Build(cohort, result, zscore, candidates, kept, (intercept, beta)),
        };
    }

    private static void CheckOptions(TrainingOptions options)
    {
        if (!(options.IccThreshold is >= 0 and < 1))
        {
            throw new InvalidInputException($"the ICC threshold must be in [0, 1), got {options.IccThreshold}", "--icc-threshold");
        }

        if (!(options.CorrelationThreshold is > 0 and <= 1))
        {
            throw new InvalidInputException($"the correlation threshold must be in (0, 1], got {options.CorrelationThreshold}", "--corr-threshold");
        }

        var names = options.Clinical.Select(t => t.Name).Append(RadscoreTerm).ToArray();
        if (names.Distinct(StringComparer.Ordinal).Count() != names.Length)
        {
            throw new InvalidInputException("each clinical term must be named once (and none may be called radscore)", "--clinical");
        }
    }

    /// <summary>Non-finite, constant and unreliable features out; returns the remaining column indices in table order.</summary>
    private static List<int> Screen(TrainingCohort cohort, int[] train, TrainingOptions options, List<ScreeningStage> screening)
    {
        var table = cohort.Features;
        var all = Enumerable.Range(0, table.Names.Count).ToList();
        screening.Add(new ScreeningStage($"Extracted ({table.Names.Count} features per case)", all.Count, 0));
        var finite = all.Where(j => table.Rows.All(r => double.IsFinite(r.Values[j]))).ToList();
        Stage(screening, "Finite in every case", finite.Count, all.Count);
        var varying = finite.Where(j => train.Any(i => table.Rows[i].Values[j] != table.Rows[train[0]].Values[j])).ToList();
        Stage(screening, "Not constant in the training cases", varying.Count, finite.Count);

        if (cohort.RepeatReads.Count == 0)
        {
            screening.Add(new ScreeningStage("ICC screening skipped: no second-reader or repeat masks", varying.Count, 0));
            return varying;
        }

        var reliable = varying;
        foreach (var read in cohort.RepeatReads)
        {
            var phaseFeatures = reliable.Where(j => read.Second.Names.Contains(table.Names[j])).ToList();
            var icc = ReliabilityScreen.Icc(cohort, read, phaseFeatures);
            var failed = phaseFeatures.Where((_, k) => !(icc[k] > options.IccThreshold)).ToHashSet();
            var before = reliable.Count;
            reliable = reliable.Where(j => !failed.Contains(j)).ToList();
            Stage(screening, $"ICC > {options.IccThreshold:0.###}, {ReliabilityScreen.Describe(read)}, {read.Cases.Count} cases", reliable.Count, before);
        }

        return reliable;
    }

    private static void Stage(List<ScreeningStage> screening, string step, int remaining, int before)
    {
        screening.Add(new ScreeningStage(step, remaining, before - remaining));
        if (remaining == 0)
        {
            throw new StatisticsInputException($"no feature is left after screening step '{step}'", "feature screening");
        }
    }

    /// <summary>Columns: radscore, then each clinical term coded as the term says.</summary>
    private static double[,] Design(TrainingCohort cohort, double[] radscore, IReadOnlyList<ClinicalTerm> terms)
    {
        var design = new double[cohort.Cases.Count, 1 + terms.Count];
        for (var i = 0; i < cohort.Cases.Count; i++)
        {
            design[i, 0] = radscore[i];
            for (var t = 0; t < terms.Count; t++)
            {
                design[i, t + 1] = terms[t].Code(cohort.Cases[i].Clinical[terms[t].Variable]);
            }
        }

        return design;
    }

    internal static double[,] Matrix(TrainingCohort cohort, IReadOnlyList<int> rows, IReadOnlyList<int> columns)
    {
        var x = new double[rows.Count, columns.Count];
        for (var i = 0; i < rows.Count; i++)
        {
            var values = cohort.Features.Rows[rows[i]].Values;
            for (var j = 0; j < columns.Count; j++)
            {
                x[i, j] = values[columns[j]];
            }
        }

        return x;
    }

    private static double[,] Columns(double[,] x, IReadOnlyList<int> columns)
    {
        var subset = new double[x.GetLength(0), columns.Count];
        for (var i = 0; i < x.GetLength(0); i++)
        {
            for (var j = 0; j < columns.Count; j++)
            {
                subset[i, j] = x[i, columns[j]];
            }
        }

        return subset;
    }

    private static double[,] Rows(double[,] x, IReadOnlyList<int> rows)
    {
        var subset = new double[rows.Count, x.GetLength(1)];
        for (var i = 0; i < rows.Count; i++)
        {
            for (var j = 0; j < x.GetLength(1); j++)
            {
                subset[i, j] = x[rows[i], j];
            }
        }

        return subset;
    }

    /// <summary>Every case's scores, and how one set is evaluated with them.</summary>
    private sealed record Scores(TrainingCohort Cohort, double[] Radscore, double[] RadscoreLp, double[] NomogramLp, double RadscoreCutoff, double NomogramCutoff)
    {
        public SetEvaluation Evaluate(CohortSplit split, int[] rows)
        {
            var y = rows.Select(i => Cohort.Cases[i].Outcome).ToArray();
            var radscore = Model("radscore", y, rows.Select(i => Radscore[i]).ToArray(), rows.Select(i => Logistic(RadscoreLp[i])).ToArray(), RadscoreCutoff);
            var nomogram = Model("nomogram", y, rows.Select(i => NomogramLp[i]).ToArray(), rows.Select(i => Logistic(NomogramLp[i])).ToArray(), NomogramCutoff);
            PairedDeLongTest? delong = null;
            string? note = null;
            try
            {
                delong = PairedDeLongTest.Compare(radscore.Roc, nomogram.Roc);
            }
            catch (StatisticsInputException e)
            {
                note = e.Message;
            }

            return new SetEvaluation(split, rows.Select(i => Cohort.Cases[i].Id).ToArray(), y, radscore, nomogram, delong, note);
        }

        private static ModelEvaluation Model(string name, int[] y, double[] score, double[] probability, double cutoff)
        {
            var roc = RocCurve.Create(y, score, RocDirection.ControlsLower);
            HosmerLemeshowTest? hl = null;
            CalibrationSummary? calibration = null;
            string? note = null;
            try
            {
                hl = HosmerLemeshowTest.Compute(y, probability);
                calibration = CalibrationSummary.Compute(y, probability);
            }
            catch (StatisticsInputException e)
            {
                note = e.Message;
            }

            return new ModelEvaluation(name, score, probability, roc, roc.DeLongInterval(), roc.Classify(cutoff), hl, calibration, note,
                DecisionCurve.Compute(y, probability));
        }

        private static double Logistic(double eta) => 1 / (1 + Math.Exp(-eta));
    }
}
