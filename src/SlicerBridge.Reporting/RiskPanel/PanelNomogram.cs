using System.Globalization;
using SlicerBridge.Imaging;
using SlicerBridge.Modeling.Packaging;
using SlicerBridge.Reporting.Plots;
using SlicerBridge.Statistics;
using LogisticNomogram = SlicerBridge.Statistics.Nomogram.LogisticNomogram;
using NomogramPredictor = SlicerBridge.Statistics.Nomogram.NomogramPredictor;

namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>
/// The package's nomogram drawn as rms draws it (<see cref="LogisticNomogram"/>), with one patient marked.
/// The package keeps coefficients, not training rows, so the radscore axis spans the given radscore range
/// (widened to the patient's value), a thresholded term is its indicator 0/1, and the linear-predictor range
/// rms takes from the training fit is the range the drawn axes reach.
/// </summary>
internal static partial class PanelNomogram
{
    /// <summary>rms <c>fun.at</c> of the study's nomogram.</summary>
    private static readonly double[] RiskTicks = [0.05, 0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95];

    /// <summary>Grid over the radscore range: more than rms's discrete limit, so the axis is pretty(range, 10).</summary>
    private const int RangeGrid = 11;

    /// <param name="model">The package's nomogram.</param>
    /// <param name="radscoreRange">Training radscore range (min, max).</param>
    /// <param name="values">Per term, the value entering the sum (radscore, indicator 0/1, or the clinical value).</param>
    public static (NomogramScale Scale, double LinearPredictor) Build(NomogramModel model, (double Min, double Max) radscoreRange, IReadOnlyList<double> values)
    {
        if (values.Count != model.Terms.Count)
        {
            throw new InvalidInputException($"the nomogram has {model.Terms.Count} terms and {values.Count} values were given", "nomogram");
        }

        var predictors = model.Terms.Select((term, j) => new NomogramPredictor(Name(term), term.Coefficient, AxisValues(term, radscoreRange, values[j]))).ToArray();
        var lowest = model.Intercept + predictors.Sum(p => p.TrainingValues.Min(v => p.Coefficient * v));
        var highest = model.Intercept + predictors.Sum(p => p.TrainingValues.Max(v => p.Coefficient * v));
        LogisticNomogram nomogram;
        try
        {
            nomogram = LogisticNomogram.Build(model.Intercept, predictors, [lowest, highest], RiskTicks);
        }
        catch (StatisticsInputException e)
        {
            throw new InvalidInputException("the package's nomogram cannot be drawn: " + e.Message, "nomogram");
        }

        var axes = nomogram.Axes.Select((axis, j) => new Plots.NomogramAxis(
            axis.Name,
            axis.Values.Select((v, k) => new NomogramTick(TickLabel(model.Terms[j], v), axis.Points[k])).ToArray())).ToArray();
        var risk = new Plots.NomogramAxis(
            "Probability",
            nomogram.RiskScale.Values.Select((p, k) => new NomogramTick(Number(p), nomogram.RiskScale.Points[k])).ToArray());
        var points = nomogram.Axes.Select((axis, j) => nomogram.ScaleFactor * (axis.Coefficient * values[j] - axis.MinXbeta)).ToArray();
        var scale = new NomogramScale(axes, risk, nomogram.TotalPointsAxis, Patient: new NomogramPatient(points));
        return (scale, nomogram.LinearPredictor(points.Sum()));
    }

    /// <summary>"Radscore", "AFP > 200 ng/mL" (the variable's abbreviation and unit when it has them), or the term's own name.</summary>
    public static string Name(NomogramTerm term)
    {
        if (term.Variable == ModelPackageValidator.RadscoreVariable)
        {
            return "Radscore";
        }

        var variable = ClinicalVariables.Find(term.Variable);
        var shortName = variable is not null && Abbreviation().Match(variable.Description) is { Success: true } m ? m.Groups[1].Value : term.Variable;
        var unit = variable is null ? "" : " " + variable.Unit;
        return term.Threshold is { } threshold ? $"{shortName} > {Number(threshold)}{unit}" : term.Name;
    }

    /// <summary>The abbreviation a description ends with, e.g. "AFP" in "serum alpha-fetoprotein (AFP)".</summary>
    [System.Text.RegularExpressions.GeneratedRegex(@"\(([^()]+)\)$")]
    private static partial System.Text.RegularExpressions.Regex Abbreviation();

    private static double[] AxisValues(NomogramTerm term, (double Min, double Max) radscoreRange, double patient)
    {
        if (term.Variable == ModelPackageValidator.RadscoreVariable)
        {
            var low = Math.Min(radscoreRange.Min, patient);
            var high = Math.Max(radscoreRange.Max, patient);
            return Enumerable.Range(0, RangeGrid).Select(k => low + (high - low) * k / (RangeGrid - 1)).ToArray();
        }

        return term.Threshold is not null
            ? [0, 1]
            : throw new InvalidInputException(
                $"the panel cannot draw an axis for the continuous clinical term '{term.Name}': the package keeps no training values for it", term.Name);
    }

    private static string TickLabel(NomogramTerm term, double value) =>
        term.Threshold is not null ? (value > 0 ? "yes" : "no") : Number(value);

    private static string Number(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);
}
