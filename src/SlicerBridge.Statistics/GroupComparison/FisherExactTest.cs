using MathNet.Numerics;
using MathNet.Numerics.RootFinding;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>
/// Fisher's exact test for a 2 x 2 table as R's <c>fisher.test</c>: the two-sided p-value sums the
/// hypergeometric probabilities not larger than the observed one (relative tolerance 1e-7); the
/// odds ratio is the conditional maximum-likelihood estimate and its CI inverts the noncentral
/// hypergeometric tails. R finds those roots with <c>uniroot</c>'s default tolerance (~1e-4);
/// here they are solved to full precision.
/// </summary>
public sealed record FisherExactTest(double PValue, double OddsRatio, double OddsRatioLower, double OddsRatioUpper, Alternative Alternative)
{
    private const double RelativeError = 1 + 1e-7;

    public static FisherExactTest Compute(ContingencyTable table, Alternative alternative = Alternative.TwoSided, double confidenceLevel = 0.95)
    {
        ArgumentNullException.ThrowIfNull(table);
        if (table.Rows != 2 || table.Columns != 2)
        {
            throw new StatisticsInputException($"Fisher's exact test here handles 2 x 2 tables only, got {table.Rows} x {table.Columns}", nameof(table));
        }

        if (!(confidenceLevel > 0 && confidenceLevel < 1))
        {
            throw new StatisticsInputException($"confidence level must be in (0, 1), got {confidenceLevel}", nameof(confidenceLevel));
        }

        var h = new NoncentralHypergeometric(table);
        var x = table[0, 0];
        var p = alternative switch
        {
            Alternative.Less => h.Cdf(x, 1, upper: false),
            Alternative.Greater => h.Cdf(x, 1, upper: true),
            _ => h.TwoSidedP(x),
        };

        var estimate = h.ConditionalMle(x);
        var (lower, upper) = alternative switch
        {
            Alternative.Less => (0.0, h.UpperLimit(x, 1 - confidenceLevel)),
            Alternative.Greater => (h.LowerLimit(x, 1 - confidenceLevel), double.PositiveInfinity),
            _ => (h.LowerLimit(x, (1 - confidenceLevel) / 2), h.UpperLimit(x, (1 - confidenceLevel) / 2)),
        };

        return new FisherExactTest(Math.Min(1, p), estimate, lower, upper, alternative);
    }

    /// <summary>The distribution of the top-left cell given the margins, with odds ratio ψ.</summary>
    private sealed class NoncentralHypergeometric
    {
        private readonly int _lo;
        private readonly int _hi;
        private readonly double[] _logCentral;

        public NoncentralHypergeometric(ContingencyTable t)
        {
            var m = t.ColumnTotals[0];
            var n = t.ColumnTotals[1];
            var k = t.RowTotals[0];
            _lo = Math.Max(0, k - n);
            _hi = Math.Min(k, m);
            _logCentral = new double[_hi - _lo + 1];
            for (var s = _lo; s <= _hi; s++)
            {
                _logCentral[s - _lo] = SpecialFunctions.BinomialLn(m, s) + SpecialFunctions.BinomialLn(n, k - s) - SpecialFunctions.BinomialLn(m + n, k);
            }
        }

        public double[] Density(double psi)
        {
            var d = new double[_logCentral.Length];
            var logPsi = Math.Log(psi);
            var max = double.NegativeInfinity;
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = _logCentral[i] + logPsi * (_lo + i);
                max = Math.Max(max, d[i]);
            }

            var sum = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                d[i] = Math.Exp(d[i] - max);
                sum += d[i];
            }

            for (var i = 0; i < d.Length; i++)
            {
                d[i] /= sum;
            }

            return d;
        }

        public double TwoSidedP(int x)
        {
            var d = Density(1);
            var observed = d[x - _lo] * RelativeError;
            return d.Where(v => v <= observed).Sum();
        }

        public double Mean(double psi)
        {
            if (psi == 0)
            {
                return _lo;
            }

            if (double.IsPositiveInfinity(psi))
            {
                return _hi;
            }

            var d = Density(psi);
            return d.Select((v, i) => v * (_lo + i)).Sum();
        }

        /// <summary>P(X ≤ x) or, with <paramref name="upper"/>, P(X ≥ x).</summary>
        public double Cdf(int x, double psi, bool upper)
        {
            if (psi == 0)
            {
                return upper ? (x <= _lo ? 1 : 0) : (x >= _lo ? 1 : 0);
            }

            var d = Density(psi);
            var s = 0.0;
            for (var i = 0; i < d.Length; i++)
            {
                var v = _lo + i;
                if (upper ? v >= x : v <= x)
                {
                    s += d[i];
                }
            }

            return s;
        }

        public double ConditionalMle(int x)
        {
            if (x == _lo)
            {
                return 0;
            }

            if (x == _hi)
            {
                return double.PositiveInfinity;
            }

            var mu = Mean(1);
            if (mu > x)
            {
                return Root(t => Mean(t) - x);
            }

            return mu < x ? 1 / Root(t => Mean(1 / t) - x) : 1;
        }

        public double UpperLimit(int x, double alpha)
        {
            if (x == _hi)
            {
                return double.PositiveInfinity;
            }

            var p = Cdf(x, 1, upper: false);
            if (p < alpha)
            {
                return Root(t => Cdf(x, t, upper: false) - alpha);
            }

            return p > alpha ? 1 / Root(t => Cdf(x, 1 / t, upper: false) - alpha) : 1;
        }

        public double LowerLimit(int x, double alpha)
        {
            if (x == _lo)
            {
                return 0;
            }

            var p = Cdf(x, 1, upper: true);
            if (p > alpha)
            {
                return Root(t => Cdf(x, t, upper: true) - alpha);
            }

            return p < alpha ? 1 / Root(t => Cdf(x, 1 / t, upper: true) - alpha) : 1;
        }

        /// <summary>The root in (0, 1]; every function here is monotone on that interval.</summary>
        private static double Root(Func<double, double> f) => Brent.FindRoot(f, 1e-300, 1, 1e-15, 1000);
    }
}
