using MathNet.Numerics.Distributions;
using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>Two-sample t-tests as R's <c>t.test(x, y)</c>: Welch (the default) or Student (<c>var.equal = TRUE</c>).</summary>
public static class TTest
{
    public static TTestResult Welch(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, double confidenceLevel = 0.95)
    {
        var a = GroupInput.Sample(x, nameof(x), 2);
        var b = GroupInput.Sample(y, nameof(y), 2);
        var (mx, vx) = GroupInput.MeanVariance(a);
        var (my, vy) = GroupInput.MeanVariance(b);
        var sx = vx / a.Length;
        var sy = vy / b.Length;
        var se = Math.Sqrt(sx + sy);
        var df = (sx + sy) * (sx + sy) / (sx * sx / (a.Length - 1) + sy * sy / (b.Length - 1));
        return Finish("Welch Two Sample t-test", mx, my, se, df, alternative, confidenceLevel);
    }

    public static TTestResult Student(IReadOnlyList<double> x, IReadOnlyList<double> y, Alternative alternative = Alternative.TwoSided, double confidenceLevel = 0.95)
    {
        var a = GroupInput.Sample(x, nameof(x), 1);
        var b = GroupInput.Sample(y, nameof(y), 1);
        if (a.Length + b.Length < 3)
        {
            throw new StatisticsInputException("Student's t-test needs at least 3 observations in total", nameof(y));
        }

        var (mx, vx) = GroupInput.MeanVariance(a);
        var (my, vy) = GroupInput.MeanVariance(b);
        var df = a.Length + b.Length - 2.0;
        var pooled = 0.0;
        if (a.Length > 1)
        {
            pooled += (a.Length - 1) * vx;
        }

        if (b.Length > 1)
        {
            pooled += (b.Length - 1) * vy;
        }

        pooled /= df;
        var se = Math.Sqrt(pooled * (1.0 / a.Length + 1.0 / b.Length));
        return Finish("Two Sample t-test", mx, my, se, df, alternative, confidenceLevel);
    }

    private static TTestResult Finish(string method, double mx, double my, double se, double df, Alternative alternative, double level)
    {
        if (!(level > 0 && level < 1))
        {
            throw new StatisticsInputException($"confidence level must be in (0, 1), got {level}", nameof(level));
        }

        // R's guard: a standard error this small means the data are constant.
        if (se < 10 * Math.Pow(2, -52) * Math.Max(Math.Abs(mx), Math.Abs(my)) || se == 0)
        {
            throw new StatisticsInputException("data are essentially constant; the t statistic is undefined", "x");
        }

        var difference = mx - my;
        var t = difference / se;
        var upperTail = 0.5 * TailProbability.StudentTwoSided(t, df);   // P(T >= |t|)
        double p, lower, upper;
        switch (alternative)
        {
            case Alternative.Less:
                p = t < 0 ? upperTail : 1 - upperTail;
                lower = double.NegativeInfinity;
                upper = difference + StudentT.InvCDF(0, 1, df, level) * se;
                break;
            case Alternative.Greater:
                p = t > 0 ? upperTail : 1 - upperTail;
                lower = difference - StudentT.InvCDF(0, 1, df, level) * se;
                upper = double.PositiveInfinity;
                break;
            default:
                p = 2 * upperTail;
                var q = StudentT.InvCDF(0, 1, df, 1 - (1 - level) / 2);
                lower = difference - q * se;
                upper = difference + q * se;
                break;
        }

        return new TTestResult(method, t, df, p, difference, lower, upper);
    }
}
