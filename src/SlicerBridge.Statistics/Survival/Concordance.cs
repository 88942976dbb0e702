namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// Harrell's C for a risk score as survival 3.x reports for coxph (timewt = "n"): a pair is
/// comparable when the shorter time is an event (a censoring at the same time counts as longer);
/// C = (concordant + tiedRisk/2) / (concordant + discordant + tiedRisk). Pairs of events at the same
/// time are counted as TiedTime (or TiedTimeAndRisk) and not used. The standard error is survival's
/// infinitesimal-jackknife one: each patient's influence on C is the derivative of C with respect to
/// its case weight, and the variance is the sum of their squares.
/// </summary>
public sealed record Concordance(double C, double StdErr, long Concordant, long Discordant, long TiedRisk, long TiedTime, long TiedTimeAndRisk)
{
    /// <summary>Higher risk is expected to mean shorter time.</summary>
    public static Concordance Compute(IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<double> risk)
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        ArgumentNullException.ThrowIfNull(risk);
        var x = risk.ToArray();
        Numerics.InputCheck.SameLength(t.Length, x.Length, nameof(risk));
        var n = t.Length;
        var concordantBy = new long[n];
        var discordantBy = new long[n];
        var tiedBy = new long[n];
        long concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        for (var i = 0; i < n; i++)
        {
            if (d[i] == 0)
            {
                continue;
            }

            for (var j = 0; j < n; j++)
            {
                if (j == i)
                {
                    continue;
                }

                if (t[j] > t[i] || (t[j] == t[i] && d[j] == 0))
                {
                    var counts = x[i] > x[j] ? concordantBy : x[i] < x[j] ? discordantBy : tiedBy;
                    counts[i]++;
                    counts[j]++;
                }
                else if (t[j] == t[i] && d[j] == 1 && j > i)
                {
                    if (x[i] == x[j])
                    {
                        tiedBoth++;
                    }
                    else
                    {
                        tiedTime++;
                    }
                }
            }
        }

        for (var i = 0; i < n; i++)
        {
            concordant += concordantBy[i];
            discordant += discordantBy[i];
            tiedRisk += tiedBy[i];
        }

        // Every comparable pair was counted once for each of its two members.
        concordant /= 2;
        discordant /= 2;
        tiedRisk /= 2;
        var comparable = concordant + discordant + tiedRisk;
        if (comparable == 0)
        {
            throw new StatisticsInputException("no comparable pairs (no event before another patient's time); concordance is undefined", nameof(status));
        }

        var c = (concordant + tiedRisk / 2.0) / comparable;
        var variance = 0.0;
        for (var i = 0; i < n; i++)
        {
            var influence = (concordantBy[i] + tiedBy[i] / 2.0 - c * (concordantBy[i] + discordantBy[i] + tiedBy[i])) / comparable;
            variance += influence * influence;
        }

        return new Concordance(c, Math.Sqrt(variance), concordant, discordant, tiedRisk, tiedTime, tiedBoth);
    }
}
