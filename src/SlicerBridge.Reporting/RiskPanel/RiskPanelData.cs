using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Outcomes;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Reporting.Plots;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// Everything a tumour-board risk panel shows, as plain data: the probability of proliferative HCC with
/// its interval, the radscore and nomogram risk groups with their cut-offs, the nomogram with this
/// patient's points (<see cref="NomogramScale.Patient"/>), the features that drove the radscore, the
/// training radscores to place the patient among, PFS of an outcome cohort by group, the model card, and
/// any warning of the score. Nothing identifies the patient beyond <see cref="DisplayLabel"/>.
/// </summary>
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
    /// A panel for a patient scored with <paramref name="package"/>: the model card and nomogram come from the
    /// package, the linear predictor from its nomogram terms at <paramref name="radscore"/> and
    /// <paramref name="clinical"/> (by variable name; a thresholded term is the indicator value &gt; threshold).
    /// </summary>
    public static RiskPanelData From(
        ModelPackage package,
        double radscore,
        IReadOnlyDictionary<string, double> clinical,
        IReadOnlyList<RiskDriver> drivers,
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
        if (training is not null && (training.Count < 2 || training.Any(r => !double.IsFinite(r))))
        {
            throw new InvalidInputException("the training radscores need at least two finite values", "training radscores");
        }

        var range = training is null ? RadscoreBounds(package) : (training.Min(), training.Max());
        var (scale, lp) = PanelNomogram.Build(package.Nomogram, range, values);
        var probability = options.LinearPredictorStandardError is not null || options.Interval is null
            ? ProbabilityEstimate.FromLinearPredictor(lp, options.LinearPredictorStandardError)
            : new ProbabilityEstimate(ProbabilityEstimate.Logistic(lp), options.Interval.Value.Low, options.Interval.Value.High, options.IntervalMethod ?? "given");
        RiskPanelSurvival? survival = null;
        if (options.Outcomes is { } outcomes)
        {
            survival = new RiskPanelSurvival(outcomes, radscore > outcomes.Cutoff.Value ? OutcomesAnalysis.High : OutcomesAnalysis.Low, options.Cohort, options.TimeLabel);
        }

        return new RiskPanelData(
            options.DisplayLabel,
            probability,
            new RiskCut("Radscore", radscore, package.Radscore.Cutoff),
            new RiskCut("Nomogram linear predictor", lp, package.Nomogram.Cutoff),
            scale,
            drivers,
            training,
            survival,
            ModelCard.From(package),
            options.Warnings ?? []);
    }

    private static double TermValue(NomogramTerm term, double radscore, IReadOnlyDictionary<string, double> clinical)
    {
        if (term.Variable == PanelNomogram.RadscoreVariable)
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
