using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Discrimination;

/// <summary>
/// Empirical ROC curve with pROC's conventions: controls are outcome 0 and cases outcome 1,
/// thresholds are -Inf, the midpoints of the sorted unique predictor values, and +Inf; with
/// direction <c>&lt;</c> a case is predictor ≥ threshold. Points run from threshold -Inf upwards
/// for <c>&lt;</c> (specificity increasing) and from +Inf downwards for <c>&gt;</c>, so
/// specificity always increases along <see cref="Points"/>, as pROC stores them.
/// </summary>
public sealed class RocCurve
{
    private readonly int[] _outcome;

    private RocCurve(int[] outcome, double[] predictor, RocDirection direction)
    {
        _outcome = outcome;
        Predictor = predictor;
        Direction = direction;
        var controls = new List<double>();
        var cases = new List<double>();
        for (var i = 0; i < outcome.Length; i++)
        {
            (outcome[i] == 1 ? cases : controls).Add(predictor[i]);
        }

        Controls = [.. controls];
        Cases = [.. cases];
        (PlacementsCases, PlacementsControls) = DeLong.Placements(Controls, Cases, direction);
        Auc = PlacementsCases.Average();
        Points = BuildPoints();
    }

    /// <summary>The resolved direction (never <see cref="RocDirection.Auto"/>).</summary>
    public RocDirection Direction { get; }

    /// <summary>Predictor values of controls (outcome 0), in input order.</summary>
    public double[] Controls { get; }

    /// <summary>Predictor values of cases (outcome 1), in input order.</summary>
    public double[] Cases { get; }

    /// <summary>The ROC points, specificity increasing.</summary>
    public IReadOnlyList<RocPoint> Points { get; }

    /// <summary>Area under the curve (ties count one half), as pROC's <c>auc</c>.</summary>
    public double Auc { get; }

    internal double[] Predictor { get; }

    /// <summary>DeLong structural components of the cases (V10): share of controls each case outranks.</summary>
    internal double[] PlacementsCases { get; }

    /// <summary>DeLong structural components of the controls (V01): share of cases outranking each control.</summary>
    internal double[] PlacementsControls { get; }

    /// <summary>Variance of the AUC by DeLong's method (pROC: <c>var(roc, method = "delong")</c>).</summary>
    public double DeLongVariance => DeLong.Variance(PlacementsCases, PlacementsControls);

    /// <param name="outcome">0 = control, 1 = case.</param>
    /// <param name="predictor">The marker, finite.</param>
    /// <param name="direction">pROC's direction; <see cref="RocDirection.Auto"/> by default.</param>
    public static RocCurve Create(IReadOnlyList<int> outcome, IReadOnlyList<double> predictor, RocDirection direction = RocDirection.Auto)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(predictor);
        var y = outcome.ToArray();
        var x = predictor.ToArray();
        InputCheck.SameLength(y.Length, x.Length, nameof(predictor));
        InputCheck.BothClasses(y, nameof(outcome));
        InputCheck.Finite(x, nameof(predictor));
        if (direction == RocDirection.Auto)
        {
            direction = Median(x, y, 0) > Median(x, y, 1) ? RocDirection.ControlsHigher : RocDirection.ControlsLower;
        }

        return new RocCurve(y, x, direction);
    }

    /// <summary>The normal DeLong confidence interval, truncated to [0, 1] (pROC: <c>ci.auc(method = "delong")</c>).</summary>
    public AucInterval DeLongInterval(double level = 0.95)
    {
        if (!(level > 0 && level < 1))
        {
            throw new StatisticsInputException($"confidence level must be in (0, 1), got {level}", nameof(level));
        }

        var half = TailProbability.NormalQuantile(1 - (1 - level) / 2) * Math.Sqrt(DeLongVariance);
        return new AucInterval(Math.Max(0, Auc - half), Auc, Math.Min(1, Auc + half));
    }

    /// <summary>Every point maximising sensitivity + specificity (pROC: <c>coords(roc, "best", best.method = "youden")</c>), ties all returned.</summary>
    public IReadOnlyList<RocPoint> YoudenOptimal()
    {
        var best = Points.Max(p => p.SensitivityPlusSpecificity);
        return Points.Where(p => p.SensitivityPlusSpecificity == best).ToArray();
    }

    /// <summary>The confusion table at a threshold, with this curve's direction and pROC's ≥ / ≤ rule.</summary>
    public ConfusionMatrix Classify(double threshold) => ConfusionMatrix.At(_outcome, Predictor, threshold, Direction);

    /// <summary>True when <paramref name="other"/> was built on the same outcome vector (a paired comparison is valid).</summary>
    internal bool SharesOutcomes(RocCurve other) => _outcome.AsSpan().SequenceEqual(other._outcome);

    private static double Median(double[] x, int[] y, int cls)
    {
        var values = x.Where((_, i) => y[i] == cls).Order().ToArray();
        var n = values.Length;
        return n % 2 == 1 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
    }

    private RocPoint[] BuildPoints()
    {
        var thresholds = Thresholds();
        var controls = Controls.Order().ToArray();
        var cases = Cases.Order().ToArray();
        var points = new RocPoint[thresholds.Length];
        for (var k = 0; k < thresholds.Length; k++)
        {
            var t = thresholds[k];
            int tp, tn;
            if (Direction == RocDirection.ControlsLower)
            {
                tp = cases.Length - SortedSearch.CountBelow(cases, t); // cases >= t
                tn = SortedSearch.CountBelow(controls, t); // controls < t
            }
            else
            {
                tp = SortedSearch.CountAtOrBelow(cases, t); // cases <= t
                tn = controls.Length - SortedSearch.CountAtOrBelow(controls, t); // controls > t
            }

            points[k] = new RocPoint(t, tn / (double)controls.Length, tp / (double)cases.Length);
        }

        if (Direction == RocDirection.ControlsHigher)
        {
            Array.Reverse(points);
        }

        return points;
    }

    /// <summary>pROC's thresholds, including its repair of midpoints that round onto an observed value.</summary>
    private double[] Thresholds()
    {
        var unique = Predictor.Distinct().Order().ToArray();
        var t = new double[unique.Length + 1];
        t[0] = double.NegativeInfinity;
        t[^1] = double.PositiveInfinity;
        var observed = new HashSet<double>(unique);
        for (var i = 1; i < unique.Length; i++)
        {
            var a = unique[i - 1];
            var b = unique[i];
            var mid = (a + b) / 2;
            if (Math.Abs(mid) > 1e100)
            {
                mid = a / 2 + b / 2;
            }

            // A midpoint equal to an observation would flip that observation's class; pROC moves it
            // onto the value that keeps the intended split.
            if (observed.Contains(mid))
            {
                mid = Direction == RocDirection.ControlsLower ? b : a;
            }

            t[i] = mid;
        }

        return t;
    }
}
