namespace SlicerBridge.Statistics.Numerics;

/// <summary>
/// Cleveland's LOWESS as R's <c>lowess(x, y, f = 2/3, iter = 0)</c> (the C routine <c>clowess</c>):
/// tricube-weighted local linear fits over the nearest f·n points, fitted only every
/// <c>delta = 0.01 * range(x)</c> and linearly interpolated in between. Robustness iterations are
/// not offered because the callers here (<c>rms::val.prob</c>) use <c>iter = 0</c>.
/// </summary>
public static class Lowess
{
    /// <summary>Returns x sorted (stably) and the smoothed y at each sorted x, as R's <c>lowess()</c> list.</summary>
    public static (double[] X, double[] Y) Smooth(IReadOnlyList<double> x, IReadOnlyList<double> y, double span = 2.0 / 3.0)
    {
        var n = x.Count;
        if (n != y.Count || n == 0)
        {
            throw new StatisticsInputException("lowess needs x and y of the same, non-zero length", nameof(y));
        }

        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray();
        var xs = order.Select(i => x[i]).ToArray();
        var ys = order.Select(i => y[i]).ToArray();
        var fit = new double[n];
        if (n < 2)
        {
            fit[0] = ys[0];
            return (xs, fit);
        }

        var delta = 0.01 * (xs[^1] - xs[0]);
        var ns = Math.Max(2, Math.Min(n, (int)(span * n + 1e-7)));
        var weights = new double[n];
        int left = 0, right = ns - 1, last = -1, i = 0;
        while (true)
        {
            // Slide the window right while that shrinks the distance to its farthest point.
            while (right < n - 1 && xs[i] - xs[left] > xs[right + 1] - xs[i])
            {
                left++;
                right++;
            }

            fit[i] = LocalFit(xs, ys, i, left, right, weights, out var ok);
            if (!ok)
            {
                fit[i] = ys[i];
            }

            if (last < i - 1)
            {
                var denominator = xs[i] - xs[last];
                for (var j = last + 1; j < i; j++)
                {
                    var alpha = (xs[j] - xs[last]) / denominator;
                    fit[j] = alpha * fit[i] + (1 - alpha) * fit[last];
                }
            }

            last = i;
            var cut = xs[last] + delta;
            for (i = last + 1; i < n; i++)
            {
                if (xs[i] > cut)
                {
                    break;
                }

                if (xs[i] == xs[last])
                {
                    fit[i] = fit[last];
                    last = i;
                }
            }

            i = Math.Max(last + 1, i - 1);
            if (last >= n - 1)
            {
                break;
            }
        }

        return (xs, fit);
    }

    private static double LocalFit(double[] x, double[] y, int at, int left, int right, double[] w, out bool ok)
    {
        var n = x.Length;
        var xAt = x[at];
        var range = x[^1] - x[0];
        var h = Math.Max(xAt - x[left], x[right] - xAt);
        var h9 = 0.999 * h;
        var h1 = 0.001 * h;
        var sum = 0.0;
        var j = left;
        for (; j < n; j++)
        {
            w[j] = 0;
            var r = Math.Abs(x[j] - xAt);
            if (r <= h9)
            {
                w[j] = r <= h1 ? 1.0 : Cube(1.0 - Cube(r / h));
                sum += w[j];
            }
            else if (x[j] > xAt)
            {
                break;
            }
        }

        // The window may reach past 'right' to take in ties.
        var rightmost = j - 1;
        if (sum <= 0)
        {
            ok = false;
            return 0;
        }

        ok = true;
        for (j = left; j <= rightmost; j++)
        {
            w[j] /= sum;
        }

        if (h > 0)
        {
            var centre = 0.0;
            for (j = left; j <= rightmost; j++)
            {
                centre += w[j] * x[j];
            }

            var b = xAt - centre;
            var c = 0.0;
            for (j = left; j <= rightmost; j++)
            {
                c += w[j] * (x[j] - centre) * (x[j] - centre);
            }

            if (Math.Sqrt(c) > 0.001 * range)
            {
                b /= c;
                for (j = left; j <= rightmost; j++)
                {
                    w[j] *= b * (x[j] - centre) + 1.0;
                }
            }
        }

        var fitted = 0.0;
        for (j = left; j <= rightmost; j++)
        {
            fitted += w[j] * y[j];
        }

        return fitted;
    }

    private static double Cube(double v) => v * v * v;
}
