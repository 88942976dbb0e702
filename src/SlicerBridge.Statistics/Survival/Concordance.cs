namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// Harrell's C for a risk score as survival 3.x reports for coxph (timewt = "n"): a pair is
/// comparable when the shorter time is an event (a censoring at the same time counts as longer);
/// C = (concordant + tiedRisk/2) / (concordant + discordant + tiedRisk). Pairs of events at the same
/// time are counted as TiedTime (or TiedTimeAndRisk) and not used. The standard error is not computed.
/// </summary>
public sealed record Concordance(double C, long Concordant, long Discordant, long TiedRisk, long TiedTime, long TiedTimeAndRisk)
{
    /// <summary>Higher risk is expected to mean shorter time.</summary>
    public static Concordance Compute(IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<double> risk)
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        Numerics.InputCheck.SameLength(t.Length, risk.Count, nameof(risk));
        long concordant = 0, discordant = 0, tiedRisk = 0, tiedTime = 0, tiedBoth = 0;
        for (var i = 0; i < t.Length; i++)
        {
            if (d[i] == 0)
            {
                continue;
            }

            for (var j = 0; j < t.Length; j++)
            {
                if (j == i)
                {
                    continue;
                }

                if (t[j] > t[i] || (t[j] == t[i] && d[j] == 0))
                {
                    if (risk[i] > risk[j])
                    {
                        concordant++;
                    }
                    else if (risk[i] < risk[j])
                    {
                        discordant++;
                    }
                    else
                    {
                        tiedRisk++;
                    }
                }
                else if (t[j] == t[i] && d[j] == 1 && j > i)
                {
                    if (risk[i] == risk[j])
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

        var comparable = concordant + discordant + tiedRisk;
        if (comparable == 0)
        {
            throw new StatisticsInputException("no comparable pairs (no event before another patient's time); concordance is undefined", nameof(status));
        }

        return new Concordance((concordant + tiedRisk / 2.0) / comparable, concordant, discordant, tiedRisk, tiedTime, tiedBoth);
    }
}
