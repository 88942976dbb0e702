using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>
/// The Shapiro-Wilk normality test as R's <c>shapiro.test</c> (Royston 1995, algorithm AS R94,
/// R's <c>swilk.c</c>): approximate coefficients from Royston's polynomials, W as the squared
/// correlation of the ordered data with them (computed as 1 - W to keep precision near 1), and
/// Royston's normalising transformation of W for the p-value; exact for n = 3. 3 ≤ n ≤ 5000.
/// </summary>
public sealed record ShapiroWilkTest(double W, double PValue)
{
    private static readonly double[] C1 = [0.0, 0.221157, -0.147981, -2.07119, 4.434685, -2.706056];
    private static readonly double[] C2 = [0.0, 0.042981, -0.293762, -1.752461, 5.682633, -3.582633];
    private static readonly double[] C3 = [0.544, -0.39978, 0.025054, -6.714e-4];
    private static readonly double[] C4 = [1.3822, -0.77857, 0.062767, -0.0020322];
    private static readonly double[] C5 = [-1.5861, -0.31082, -0.083751, 0.0038915];
    private static readonly double[] C6 = [-0.4803, -0.082676, 0.0030302];
    private static readonly double[] G = [-2.273, 0.459];

    public static ShapiroWilkTest Compute(IReadOnlyList<double> values)
    {
        var x = GroupInput.Sample(values, nameof(values), 3);
        var n = x.Length;
        if (n > 5000)
        {
            throw new StatisticsInputException($"Shapiro-Wilk needs 3 to 5000 values, got {n}", nameof(values));
        }

        Array.Sort(x);
        var range = x[^1] - x[0];
        if (range < 1e-19)
        {
            throw new StatisticsInputException("all values are identical; normality cannot be tested", nameof(values));
        }

        var half = Coefficients(n);
        // Full antisymmetric coefficient vector: -a for the lower half, +a mirrored for the upper half.
        var c = new double[n];
        for (var i = 0; i < half.Length; i++)
        {
            c[i] = -half[i];
            c[n - 1 - i] = half[i];
        }

        double meanC = c.Average(), meanX = x.Sum(v => v / range) / n;
        double ssa = 0, ssx = 0, sax = 0;
        for (var i = 0; i < n; i++)
        {
            var da = c[i] - meanC;
            var dx = x[i] / range - meanX;
            ssa += da * da;
            ssx += dx * dx;
            sax += da * dx;
        }

        var root = Math.Sqrt(ssa * ssx);
        var w1 = (root - sax) * (root + sax) / (ssa * ssx);
        var w = 1 - w1;
        return new ShapiroWilkTest(w, TailArea(w, w1, n));
    }

    /// <summary>The upper-half coefficients a_1..a_{n/2} (positive), Royston's approximation.</summary>
    private static double[] Coefficients(int n)
    {
        var half = n / 2;
        var a = new double[half];
        if (n == 3)
        {
            a[0] = Math.Sqrt(0.5);
            return a;
        }

        var m = new double[half];
        var an25 = n + 0.25;
        var summ2 = 0.0;
        for (var i = 0; i < half; i++)
        {
            m[i] = TailProbability.NormalQuantile((i + 1 - 0.375) / an25);
            summ2 += m[i] * m[i];
        }

        summ2 *= 2;
        var ssumm2 = Math.Sqrt(summ2);
        var rsn = 1 / Math.Sqrt(n);
        var a1 = Polynomial(C1, rsn) - m[0] / ssumm2;
        int first;
        double fac;
        if (n > 5)
        {
            first = 2;
            var a2 = -m[1] / ssumm2 + Polynomial(C2, rsn);
            fac = Math.Sqrt((summ2 - 2 * m[0] * m[0] - 2 * m[1] * m[1]) / (1 - 2 * a1 * a1 - 2 * a2 * a2));
            a[1] = a2;
        }
        else
        {
            first = 1;
            fac = Math.Sqrt((summ2 - 2 * m[0] * m[0]) / (1 - 2 * a1 * a1));
        }

        a[0] = a1;
        for (var i = first; i < half; i++)
        {
            a[i] = -m[i] / fac;
        }

        return a;
    }

    private static double TailArea(double w, double w1, int n)
    {
        if (n == 3)
        {
            const double sixOverPi = 1.90985931710274;
            const double asinSqrtThreeQuarters = 1.04719755119660;
            return Math.Max(0, sixOverPi * (Math.Asin(Math.Sqrt(w)) - asinSqrtThreeQuarters));
        }

        var y = Math.Log(w1);
        double mean, sd;
        if (n <= 11)
        {
            var gamma = Polynomial(G, n);
            if (y >= gamma)
            {
                return 1e-99;   // swilk's value for W this far out in the tail
            }

            y = -Math.Log(gamma - y);
            mean = Polynomial(C3, n);
            sd = Math.Exp(Polynomial(C4, n));
        }
        else
        {
            var logN = Math.Log(n);
            mean = Polynomial(C5, logN);
            sd = Math.Exp(Polynomial(C6, logN));
        }

        return TailProbability.NormalUpper((y - mean) / sd);
    }

    /// <summary>c0 + c1·x + c2·x² + ...</summary>
    private static double Polynomial(double[] c, double x)
    {
        var result = 0.0;
        for (var i = c.Length - 1; i >= 0; i--)
        {
            result = result * x + c[i];
        }

        return result;
    }
}
