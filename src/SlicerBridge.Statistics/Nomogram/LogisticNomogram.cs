using SlicerBridge.Statistics.Regression;

namespace SlicerBridge.Statistics.Nomogram;

/// <summary>
/// The points nomogram of a logistic model as <c>rms::nomogram(fit, fun = plogis, fun.at, lp = TRUE,
/// maxscale = 100, nint = 10)</c> computes it.
/// <list type="bullet">
/// <item>Axis per predictor: its distinct training values if fewer than 10 (datadist's discrete rule), otherwise
/// <c>pretty(range, 10)</c>. Points = sc * (b*x - min over the axis of b*x), with sc = 100 / the largest b*x range.</item>
/// <item>Total points T map to the linear predictor lp = lp0 + T / sc, lp0 = b0 + sum of the axis minima of b*x,
/// and to the probability plogis(lp).</item>
/// <item>The lp scale ticks are <c>pretty(range of the training linear predictors, 10)</c>; the total-points axis is
/// <c>pretty(c(0, max(100, sc * (max lp tick - lp0))), 10)</c>; risk ticks are placed as rms does, by linear
/// interpolation of plogis on 1000 lp values spanning the lp ticks (so their points match rms to the last digit).</item>
/// </list>
/// </summary>
public sealed class LogisticNomogram
{
    private const int Intervals = 10;
    private const int DiscreteBelow = 10;
    private const int InverseGrid = 1000;

    private LogisticNomogram(
        double intercept, IReadOnlyList<NomogramAxis> axes, double scale, double lpAtZero,
        IReadOnlyList<double> totalPoints, NomogramScale linearPredictor, NomogramScale risk)
    {
        Intercept = intercept;
        Axes = axes;
        ScaleFactor = scale;
        LinearPredictorAtZeroPoints = lpAtZero;
        TotalPointsAxis = totalPoints;
        LinearPredictorScale = linearPredictor;
        RiskScale = risk;
    }

    public double Intercept { get; }

    public IReadOnlyList<NomogramAxis> Axes { get; }

    /// <summary>rms's <c>sc</c>: points per unit of linear predictor.</summary>
    public double ScaleFactor { get; }

    public double LinearPredictorAtZeroPoints { get; }

    public IReadOnlyList<double> TotalPointsAxis { get; }

    public NomogramScale LinearPredictorScale { get; }

    public NomogramScale RiskScale { get; }

    /// <param name="intercept">b0 of the fitted model.</param>
    /// <param name="predictors">Coefficients with the training values of each predictor.</param>
    /// <param name="trainingLinearPredictors">The model's linear predictor on the training rows (rms: fit$linear.predictors).</param>
    /// <param name="riskTicks">Probabilities to mark on the risk scale (rms: fun.at).</param>
    public static LogisticNomogram Build(
        double intercept,
        IReadOnlyList<NomogramPredictor> predictors,
        IReadOnlyList<double> trainingLinearPredictors,
        IReadOnlyList<double> riskTicks,
        double maxScale = 100)
    {
        const string where = "nomogram";
        ArgumentNullException.ThrowIfNull(predictors);
        ArgumentNullException.ThrowIfNull(trainingLinearPredictors);
        ArgumentNullException.ThrowIfNull(riskTicks);
        if (predictors.Count == 0 || trainingLinearPredictors.Count < 2 || !(maxScale > 0))
        {
            throw new StatisticsInputException("need at least one predictor, two training rows and a positive scale", where);
        }

        if (predictors.Any(p => p.TrainingValues.Count == 0 || p.TrainingValues.Any(v => !double.IsFinite(v)) || !double.IsFinite(p.Coefficient))
            || riskTicks.Any(p => !(p is > 0 and < 1)))
        {
            throw new StatisticsInputException("predictor values and coefficients must be finite and risk ticks inside (0, 1)", where);
        }

        var ticks = predictors.Select(p => AxisValues(p.TrainingValues)).ToArray();
        var xbeta = predictors.Select((p, j) => ticks[j].Select(v => p.Coefficient * v).ToArray()).ToArray();
        var widest = xbeta.Max(xb => xb.Max() - xb.Min());
        if (!(widest > 0))
        {
            throw new StatisticsInputException("every predictor has a zero coefficient or a single value; nothing to draw", where);
        }

        var sc = maxScale / widest;
        var lpAtZero = intercept + xbeta.Sum(xb => xb.Min());
        var axes = predictors.Select((p, j) => new NomogramAxis(
            p.Name, p.Coefficient, ticks[j], xbeta[j], xbeta[j].Select(v => sc * (v - xbeta[j].Min())).ToArray())
        {
            PointsPerUnit = p.Coefficient * sc,
        }).ToArray();

        var lpTicks = RPretty.Values(trainingLinearPredictors.Min(), trainingLinearPredictors.Max(), Intervals);
        var lpScale = new NomogramScale(lpTicks, lpTicks.Select(lp => (lp - lpAtZero) * sc).ToArray());
        var sumMax = predictors.Count == 1 ? maxScale : Math.Max(maxScale, sc * (lpTicks.Max() - lpAtZero));
        var totalPoints = RPretty.Values(0, sumMax, Intervals);
        return new LogisticNomogram(intercept, axes, sc, lpAtZero, totalPoints, lpScale, BuildRiskScale(riskTicks, lpTicks, lpAtZero, sc));
    }

    /// <summary>The nomogram of a fitted logistic model, with its training predictors (columns in the order of the terms).</summary>
    public static LogisticNomogram FromFit(LogisticFit fit, double[,] trainingX, IReadOnlyList<double> riskTicks, double maxScale = 100)
    {
        ArgumentNullException.ThrowIfNull(fit);
        var eta = fit.LinearPredictor(trainingX);
        var predictors = fit.Coefficients.Skip(1).Select((c, j) => new NomogramPredictor(
            c.Term, c.Estimate, Enumerable.Range(0, trainingX.GetLength(0)).Select(i => trainingX[i, j]).ToArray())).ToArray();
        return Build(fit.Coefficients[0].Estimate, predictors, eta, riskTicks, maxScale);
    }

    /// <summary>Total points of one patient (values in the order of <see cref="Axes"/>).</summary>
    public double TotalPoints(IReadOnlyList<double> values)
    {
        ArgumentNullException.ThrowIfNull(values);
        if (values.Count != Axes.Count)
        {
            throw new StatisticsInputException($"expected {Axes.Count} predictor values, got {values.Count}", "nomogram");
        }

        return Axes.Select((a, j) => ScaleFactor * (a.Coefficient * values[j] - a.MinXbeta)).Sum();
    }

    public double LinearPredictor(double totalPoints) => LinearPredictorAtZeroPoints + totalPoints / ScaleFactor;

    public double Probability(double totalPoints) => 1 / (1 + Math.Exp(-LinearPredictor(totalPoints)));

    /// <summary>Total points at which the predicted probability equals <paramref name="probability"/> (exact inverse).</summary>
    public double TotalPointsFor(double probability) =>
        (Math.Log(probability / (1 - probability)) - LinearPredictorAtZeroPoints) * ScaleFactor;

    private static double[] AxisValues(IReadOnlyList<double> training)
    {
        var distinct = training.Distinct().Order().ToArray();
        return distinct.Length < DiscreteBelow ? distinct : RPretty.Values(distinct[0], distinct[^1], Intervals);
    }

    /// <summary>rms: lp for each risk tick by approx(plogis(grid), grid, tick) on a 1000-point lp grid; ticks off the grid are dropped.</summary>
    private static NomogramScale BuildRiskScale(IReadOnlyList<double> riskTicks, double[] lpTicks, double lpAtZero, double sc)
    {
        var grid = RSequence.Between(lpTicks.Min(), lpTicks.Max(), InverseGrid);
        var probabilities = grid.Select(lp => 1 / (1 + Math.Exp(-lp))).ToArray();
        var kept = new List<double>();
        var points = new List<double>();
        foreach (var tick in riskTicks)
        {
            if (tick < probabilities[0] || tick > probabilities[^1])
            {
                continue;
            }

            var upper = Array.FindIndex(probabilities, p => p >= tick);
            var lp = upper == 0 || probabilities[upper] == tick
                ? grid[upper]
                : grid[upper - 1] + (grid[upper] - grid[upper - 1]) * ((tick - probabilities[upper - 1]) / (probabilities[upper] - probabilities[upper - 1]));
            kept.Add(tick);
            points.Add((lp - lpAtZero) * sc);
        }

        return new NomogramScale(kept, points);
    }
}
