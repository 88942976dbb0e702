namespace SlicerBridge.Statistics.Survival;

/// <summary>
/// Log partial likelihood of the Cox model with its score vector and information matrix, for
/// Efron or Breslow ties, in one pass over the patients sorted by decreasing time (risk-set sums
/// accumulate as time goes down). Covariates are centred, as coxph does, for numerical stability.
/// </summary>
internal sealed class CoxPartialLikelihood
{
    private readonly int _n;
    private readonly int _p;
    private readonly double[] _x;          // centred, row-major in decreasing-time order
    private readonly int[] _status;        // in the same order
    private readonly int[] _groupStart;    // start of each block of equal times, plus n at the end
    private readonly CoxTies _ties;

    public CoxPartialLikelihood(double[] time, int[] status, double[][] columns, CoxTies ties)
    {
        _n = time.Length;
        _p = columns.Length;
        _ties = ties;
        var order = Enumerable.Range(0, _n).OrderByDescending(i => time[i]).ToArray();
        Means = columns.Select(c => c.Average()).ToArray();
        _x = new double[_n * _p];
        _status = new int[_n];
        var starts = new List<int>();
        for (var r = 0; r < _n; r++)
        {
            var i = order[r];
            _status[r] = status[i];
            for (var j = 0; j < _p; j++)
            {
                _x[r * _p + j] = columns[j][i] - Means[j];
            }

            if (r == 0 || time[order[r - 1]] != time[i])
            {
                starts.Add(r);
            }
        }

        starts.Add(_n);
        _groupStart = [.. starts];
    }

    public double[] Means { get; }

    /// <summary>Log partial likelihood at <paramref name="beta"/>; fills the score and the (p x p, row-major) information.</summary>
    public double Evaluate(ReadOnlySpan<double> beta, Span<double> score, Span<double> information)
    {
        var p = _p;
        score.Clear();
        information.Clear();
        Span<double> s1 = stackalloc double[p];
        Span<double> e1 = stackalloc double[p];
        Span<double> mean = stackalloc double[p];
        var s2 = new double[p * p];
        var e2 = new double[p * p];
        double s0 = 0, loglik = 0;
        for (var g = 0; g + 1 < _groupStart.Length; g++)
        {
            int from = _groupStart[g], to = _groupStart[g + 1];
            double e0 = 0;
            var deaths = 0;
            e1.Clear();
            Array.Clear(e2);
            for (var r = from; r < to; r++)
            {
                var row = _x.AsSpan(r * p, p);
                var eta = 0.0;
                for (var j = 0; j < p; j++)
                {
                    eta += row[j] * beta[j];
                }

                var w = Math.Exp(eta);
                s0 += w;
                AddOuter(s1, s2, row, w);
                if (_status[r] == 1)
                {
                    deaths++;
                    e0 += w;
                    AddOuter(e1, e2, row, w);
                    loglik += eta;
                    for (var j = 0; j < p; j++)
                    {
                        score[j] += row[j];
                    }
                }
            }

            for (var k = 0; k < deaths; k++)
            {
                // Efron removes the tied deaths' share k/d from the risk set for the k-th death.
                var f = _ties == CoxTies.Efron ? k / (double)deaths : 0.0;
                var denominator = s0 - f * e0;
                loglik -= Math.Log(denominator);
                for (var j = 0; j < p; j++)
                {
                    mean[j] = (s1[j] - f * e1[j]) / denominator;
                    score[j] -= mean[j];
                }

                for (var a = 0; a < p; a++)
                {
                    for (var b = 0; b < p; b++)
                    {
                        information[a * p + b] += (s2[a * p + b] - f * e2[a * p + b]) / denominator - mean[a] * mean[b];
                    }
                }
            }
        }

        return loglik;
    }

    private static void AddOuter(Span<double> sum1, double[] sum2, ReadOnlySpan<double> row, double w)
    {
        var p = row.Length;
        for (var a = 0; a < p; a++)
        {
            var wa = w * row[a];
            sum1[a] += wa;
            for (var b = 0; b < p; b++)
            {
                sum2[a * p + b] += wa * row[b];
            }
        }
    }
}
