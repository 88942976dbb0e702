using SlicerBridge.Statistics.Numerics;

namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// The optimal cut-point of a continuous marker by maximally selected log-rank statistics, as
/// <c>survminer::surv_cutpoint(minprop = 0.1)</c> → <c>maxstat.test(smethod = "LogRank", pmethod = "none")</c>:
/// log-rank scores a_i = d_i - Σ_{t_j ≤ t_i} d_j / (N - R_j + 1) with R_j the maximum rank of tied
/// times; for each cut after a distinct value with floor(N·minprop) ≤ m ≤ floor(N·maxprop) patients
/// at or below it, the statistic |S_m - E_m| / sqrt(V_m) of the permutation distribution. The
/// estimate is the first cut with the largest statistic; low = x ≤ cut.
/// </summary>
public sealed record MaximallySelectedCutpoint(double Cutpoint, double Statistic, IReadOnlyList<CutpointCandidate> Scan)
{
    public static MaximallySelectedCutpoint Find(IReadOnlyList<double> time, IReadOnlyList<int> status, IReadOnlyList<double> marker, double minProportion = 0.1, double maxProportion = 0.9)
    {
        var (t, d) = SurvivalInput.Validate(time, status);
        ArgumentNullException.ThrowIfNull(marker);
        var x = marker.ToArray();
        InputCheck.SameLength(t.Length, x.Length, nameof(marker));
        InputCheck.Finite(x, nameof(marker));
        if (!(minProportion > 0 && minProportion < maxProportion && maxProportion < 1))
        {
            throw new StatisticsInputException($"need 0 < minprop < maxprop < 1, got {minProportion} and {maxProportion}", nameof(minProportion));
        }

        if (d.Sum() == 0)
        {
            throw new StatisticsInputException("all patients are censored; no log-rank cut-point exists", nameof(status));
        }

        var n = t.Length;
        var scores = LogRankScores(t, d);
        var order = Enumerable.Range(0, n).OrderBy(i => x[i]).ToArray();   // stable, as R's order()
        double total = 0, totalSquares = 0;
        foreach (var a in scores)
        {
            total += a;
            totalSquares += a * a;
        }

        var spread = n * totalSquares - total * total;
        var lowest = Math.Max(1, (int)Math.Floor(n * minProportion));
        var highest = (int)Math.Floor(n * maxProportion);
        var scan = new List<CutpointCandidate>();
        var partial = 0.0;
        for (var m = 1; m < n; m++)
        {
            partial += scores[order[m - 1]];
            var value = x[order[m - 1]];
            if (x[order[m]] == value || m < lowest || m > highest)
            {
                continue;
            }

            var expected = m / (double)n * total;
            var variance = m * (double)(n - m) / ((double)n * n * (n - 1)) * spread;
            if (!(variance > 0))
            {
                throw new StatisticsInputException("the log-rank scores do not vary (no information on the cut-point)", nameof(status));
            }

            scan.Add(new CutpointCandidate(value, m, Math.Abs(partial - expected) / Math.Sqrt(variance)));
        }

        if (scan.Count == 0)
        {
            throw new StatisticsInputException(
                $"the marker has no cut with between {lowest} and {highest} patients below it (too few distinct values)", nameof(marker));
        }

        var best = scan[0];
        foreach (var c in scan)
        {
            if (c.Statistic > best.Statistic)
            {
                best = c;
            }
        }

        return new MaximallySelectedCutpoint(best.Cut, best.Statistic, scan);
    }

    /// <summary>exactRankTests::cscores(Surv, type = "LogRank"): ties take the maximum rank.</summary>
    private static double[] LogRankScores(double[] t, int[] d)
    {
        var n = t.Length;
        var order = Enumerable.Range(0, n).OrderBy(i => t[i]).ToArray();
        var scores = new double[n];
        var cumulative = 0.0;
        for (var pos = 0; pos < n;)
        {
            var end = pos;
            var deaths = 0;
            while (end < n && t[order[end]] == t[order[pos]])
            {
                deaths += d[order[end]];
                end++;
            }

            var maxRank = end;   // 1-based rank of the last tied time
            cumulative += deaths / (double)(n - maxRank + 1);
            for (var k = pos; k < end; k++)
            {
                scores[order[k]] = d[order[k]] - cumulative;
            }

            pos = end;
        }

        return scores;
    }
}
