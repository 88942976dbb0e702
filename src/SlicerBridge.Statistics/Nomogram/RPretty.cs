namespace SlicerBridge.Statistics.Nomogram;

/// <summary>
/// R's <c>pretty(x, n)</c> (R 4.2, src/appl/pretty.c with the defaults of pretty.default): about n + 1 equally
/// spaced round values (1, 2 or 5 times a power of ten) covering the range. rms builds nomogram axes with it.
/// </summary>
public static class RPretty
{
    private const double RoundingEps = 1e-10;
    private const double HighBias = 1.5;
    private const double FiveBias = 0.5 + 1.5 * HighBias;
    private const double ShrinkSmall = 0.75;

    /// <summary>R's DBL_EPSILON (.NET's double.Epsilon is the smallest subnormal instead).</summary>
    private const double MachineEpsilon = 2.220446049250313e-16;

    public static double[] Values(double low, double high, int intervals = 5)
    {
        if (!double.IsFinite(low) || !double.IsFinite(high) || intervals < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(intervals), "need a finite range and at least one interval");
        }

        (low, high) = (Math.Min(low, high), Math.Max(low, high));
        var minIntervals = intervals / 3;
        var dx = high - low;
        double cell;
        bool small;
        if (dx == 0 && high == 0)
        {
            cell = 1;
            small = true;
        }
        else
        {
            cell = Math.Max(Math.Abs(low), Math.Abs(high));
            var u = 1 + (FiveBias >= 1.5 * HighBias + 0.5 ? 1 / (1 + HighBias) : 1.5 / (1 + FiveBias));
            u *= Math.Max(1, intervals) * MachineEpsilon;
            small = dx < cell * u * 3;
        }

        if (small)
        {
            if (cell > 10)
            {
                cell = 9 + cell / 10;
            }

            cell *= ShrinkSmall;
            if (minIntervals > 1)
            {
                cell /= minIntervals;
            }
        }
        else
        {
            cell = dx;
            if (intervals > 1)
            {
                cell /= intervals;
            }
        }

        var unitBase = Math.Pow(10, Math.Floor(Math.Log10(cell)));
        var unit = unitBase;
        if (2 * unitBase - cell < HighBias * (cell - unit))
        {
            unit = 2 * unitBase;
            if (5 * unitBase - cell < FiveBias * (cell - unit))
            {
                unit = 5 * unitBase;
                if (10 * unitBase - cell < HighBias * (cell - unit))
                {
                    unit = 10 * unitBase;
                }
            }
        }

        var ns = Math.Floor(low / unit + RoundingEps);
        var nu = Math.Ceiling(high / unit - RoundingEps);
        while (ns * unit > low + RoundingEps * unit)
        {
            ns--;
        }

        while (nu * unit < high - RoundingEps * unit)
        {
            nu++;
        }

        var k = (int)(0.5 + nu - ns);
        if (k < minIntervals)
        {
            k = minIntervals - k;
            if (ns >= 0)
            {
                nu += k / 2;
                ns -= k / 2 + k % 2;
            }
            else
            {
                ns -= k / 2;
                nu += k / 2 + k % 2;
            }

            k = minIntervals;
        }

        // return_bounds: widen the range only where the round bound lies outside it.
        if (ns * unit < low)
        {
            low = ns * unit;
        }

        if (nu * unit > high)
        {
            high = nu * unit;
        }

        var values = RSequence.Between(low, high, k + 1);
        var delta = (high - low) / k;
        for (var i = 0; i < values.Length; i++)
        {
            if (Math.Abs(values[i]) < 1e-14 * delta)
            {
                values[i] = 0;
            }
        }

        return values;
    }
}
