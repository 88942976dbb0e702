using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Modeling.Scoring;
using SlicerBridge.Reporting.Plots;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Everything a tumour-board risk panel shows, as plain data: the probability of proliferative HCC with
/// its interval, the radscore and nomogram risk groups with their cut-offs, the nomogram with this
/// patient's points (<see cref="NomogramScale.Patient"/>), the features that drove the radscore, the
/// training radscores to place the patient among, PFS of an outcome cohort by group, the model card, and
/// any warning of the score. Nothing identifies the patient beyond <see cref="DisplayLabel"/>.
/// </summary>
/// <param name="Radscore">The radscore and the model's radscore cut-off.</param>
/// <param name="Nomogram">The nomogram's linear predictor and its cut-off, both on the logit scale.</param>
/// <param name="Drivers">Each feature's signed share of the radscore; the panel shows the largest ten.</param>
/// <param name="TrainingRadscores">The training patients' radscores, or null when not available.</param>
public sealed record RiskPanelData(
    string DisplayLabel,
    ProbabilityEstimate Probability,
    RiskCut Radscore,
    RiskCut Nomogram,
    NomogramScale NomogramScale,
    IReadOnlyList<RiskDriver> Drivers,
    IReadOnlyList<double>? TrainingRadscores,
    RiskPanelSurvival? Survival,
    ModelCard Model,
    IReadOnlyList<string> Warnings)
{
    /// <summary>
    /// The panel of a score: radscore, clinical values, drivers and warnings from <paramref name="score"/>, the model
    /// card and nomogram from <paramref name="package"/>, which must be the package the score was computed with.
    /// </summary>
    /// <param name="outcomes">An outcomes analysis of the radscore; the patient's radscore is cut at its cut-off.</param>
    public static RiskPanelData From(ScoreResult score, ModelPackage package, OutcomesResult? outcomes, RiskPanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(score);
        ArgumentNullException.ThrowIfNull(package);
        options ??= new RiskPanelOptions();
        if (score.Model.Id != package.Id || score.Model.Version != package.Version
            || (score.Model.Sha256 is { Length: > 0 } sha && package.Sha256.Length > 0 && sha != package.Sha256))
        {
            throw new InvalidInputException(
                $"the score was computed with model {score.Model.Id} {score.Model.Version}, not with the package {package.Id} {package.Version}", "model");
        }

        var drivers = score.Drivers.Select(d => new RiskDriver(d.Name, d.Z, d.Contribution)).ToArray();
        var warnings = score.Warnings.Select(w => w.Message).Concat(options.Warnings ?? []).ToArray();
        var data = From(package, score.Radscore.Value, score.Clinical, drivers, outcomes, options with { Warnings = warnings });

        // The panel redraws the nomogram from the package; it must tell the same story as the score.
        var lp = score.Nomogram.LinearPredictor;
        if (Math.Abs(data.Nomogram.Value - lp) > 1e-9 * Math.Max(1, Math.Abs(lp)))
        {
            throw new InvalidInputException(
                $"the score's linear predictor {lp:R} differs from the package's nomogram at the same inputs ({data.Nomogram.Value:R})", "nomogram");
        }

        return score.Demonstration ? data with { Model = data.Model with { Demonstration = true } } : data;
    }

    /// <summary>
    /// A panel for a patient scored with <paramref name="package"/>: the model card and nomogram come from the
    /// package, the linear predictor from its nomogram terms at <paramref name="radscore"/> and
    /// <paramref name="clinical"/> (by variable name; a thresholded term is the indicator value &gt; threshold).
    /// </summary>
    /// <param name="outcomes">An outcomes analysis of the radscore; the patient's radscore is cut at its cut-off.</param>
    public static RiskPanelData From(
        ModelPackage package,
        double radscore,
        IReadOnlyDictionary<string, double> clinical,
        IReadOnlyList<RiskDriver> drivers,
        OutcomesResult? outcomes = null,
        RiskPanelOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(package);
        ArgumentNullException.ThrowIfNull(clinical);
        ArgumentNullException.ThrowIfNull(drivers);
        options ??= new RiskPanelOptions();
        if (!double.IsFinite(radscore))
        {
            throw new InvalidInputException("the radscore must be finite", "radscore");
        }

        var values = package.Nomogram.Terms.Select(term => TermValue(term, radscore, clinical)).ToArray();
        var training = options.TrainingRadscores;
        CheckTraining(training);

        var range = training is null ? RadscoreBounds(package) : (training.Min(), training.Max());
        var (scale, lp) = PanelNomogram.Build(package.Nomogram, range, values);
        var probability = options.LinearPredictorStandardError is not null || options.Interval is null
            ? ProbabilityEstimate.FromLinearPredictor(lp, options.LinearPredictorStandardError)
            : new ProbabilityEstimate(ProbabilityEstimate.Logistic(lp), options.Interval.Value.Low, options.Interval.Value.High, options.IntervalMethod ?? "given");
        RiskPanelSurvival? survival = null;
        if (outcomes is not null)
        {
            survival = new RiskPanelSurvival(outcomes, radscore > outcomes.Cutoff.Value ? OutcomesAnalysis.High : OutcomesAnalysis.Low, options.Cohort, options.TimeLabel);
        }

        return new RiskPanelData(
            options.DisplayLabel,
            probability,
            new RiskCut(radscore, package.Radscore.Cutoff),
            new RiskCut(lp, package.Nomogram.Cutoff),
            scale,
            drivers,
            training,
            survival,
            ModelCard.From(package),
            options.Warnings ?? []);
    }

    /// <summary>Refuses data the panel cannot show truthfully: every part must be present, finite and consistent.</summary>
    internal void Check()
    {
        const string where = "risk panel";
        if (NomogramScale.Patient is not { } patient || patient.Points.Count != NomogramScale.Predictors.Count)
        {
            throw new InvalidInputException("the nomogram needs this patient's points on every predictor axis", where);
        }

        if (!double.IsFinite(Radscore.Value) || !double.IsFinite(Radscore.Cutoff) || !double.IsFinite(Nomogram.Value) || !double.IsFinite(Nomogram.Cutoff))
        {
            throw new InvalidInputException("the radscore, the linear predictor and their cut-offs must be finite", where);
        }

        if (Drivers.Any(d => !double.IsFinite(d.Z) || !double.IsFinite(d.Contribution)))
        {
            throw new InvalidInputException("every driver needs a finite z and contribution", where);
        }

        CheckTraining(TrainingRadscores);

        if (Survival is { } s && !s.Outcomes.Groups.Any(g => g.Group == s.PatientGroup))
        {
            throw new InvalidInputException($"the patient's survival group '{s.PatientGroup}' is not a group of the outcomes analysis", where);
        }
    }

    private static void CheckTraining(IReadOnlyList<double>? training)
    {
        if (training is not null && (training.Count < 2 || training.Any(r => !double.IsFinite(r))))
        {
            throw new InvalidInputException("the training radscores need at least two finite values", "training radscores");
        }
    }

    private static double TermValue(NomogramTerm term, double radscore, IReadOnlyDictionary<string, double> clinical)
    {
        if (term.Variable == ModelPackageValidator.RadscoreVariable)
        {
            return term.Threshold is { } cut ? (radscore > cut ? 1 : 0) : radscore;
        }

        if (!clinical.TryGetValue(term.Variable, out var input) || !double.IsFinite(input))
        {
            throw new InvalidInputException($"the nomogram term '{term.Name}' needs a finite value of {term.Variable}", term.Variable);
        }

        return term.Threshold is { } threshold ? (input > threshold ? 1 : 0) : input;
    }

    /// <summary>
    /// Without training radscores: the radscores the training feature ranges allow (each feature anywhere in
    /// its range), which contain every training patient's radscore.
    /// </summary>
    private static (double Min, double Max) RadscoreBounds(ModelPackage package)
    {
        double low = package.Radscore.Intercept, high = package.Radscore.Intercept;
        foreach (var f in package.Features)
        {
            var a = f.Coefficient * (f.TrainingMin - f.Mean) / f.Sd;
            var b = f.Coefficient * (f.TrainingMax - f.Mean) / f.Sd;
            low += Math.Min(a, b);
            high += Math.Max(a, b);
        }

        return low < high && double.IsFinite(low) && double.IsFinite(high)
            ? (low, high)
            : throw new InvalidInputException("the package's feature ranges give no radscore range to draw; pass the training radscores", "training radscores");
    }
}
