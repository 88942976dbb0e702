namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// glmnet's lognet2n for alpha = 1 with Newton weights: an outer loop re-weights the quadratic approximation of the
/// log-likelihood; inside, cyclic coordinate descent with soft-thresholding runs first over the strong set, then over
/// the active set until no weighted squared step exceeds thresh x null deviance; variables outside the strong set
/// that violate the KKT condition at convergence join it and the loop resumes. Same visiting order, same
/// convergence tests and probability bounds as the Fortran, so the path matches glmnet to its tolerance.
/// </summary>
internal sealed class CoordinateDescentSolver : ILassoStepSolver
{
    private const double ProbabilityFloor = 1e-9;

    private readonly StandardisedDesign _x;
    private readonly double _w;
    private readonly double _thresholdShare;
    private readonly int _maxPasses;
    private readonly double[] _q;
    private readonly double[] _v;
    private readonly double[] _r;
    private readonly double[] _xv;
    private readonly double[] _gradient;
    private readonly bool[] _strong;
    private readonly List<int> _active = [];
    private readonly bool[] _isActive;
    private readonly double[] _previousBeta;
    private readonly double[] _beta;
    private double _intercept;
    private double _weightSum;
    private int _passes;

    public CoordinateDescentSolver(StandardisedDesign x, double threshold, int maxPasses)
    {
        _x = x;
        int n = x.Rows, p = x.Features;
        _w = 1.0 / n;
        _maxPasses = maxPasses;
        _q = new double[n];
        _v = new double[n];
        _r = new double[n];
        _xv = new double[p];
        _gradient = new double[p];
        _strong = new bool[p];
        _isActive = new bool[p];
        _previousBeta = new double[p];
        _beta = new double[p];

        var q0 = x.MeanY;
        _intercept = Math.Log(q0 / (1 - q0));
        var vi = q0 * (1 - q0);
        for (var i = 0; i < n; i++)
        {
            _q[i] = q0;
            _v[i] = vi * _w;
            _r[i] = _w * (x.Y[i] - q0);
        }

        _weightSum = vi;
        var nullDeviance = -(_intercept * q0 + Math.Log(1 - q0));
        _thresholdShare = threshold * nullDeviance;
        for (var j = 0; j < p; j++)
        {
            _gradient[j] = Math.Abs(Dot(_r, x.Column(j)));
        }
    }

    public double Solve(double lambda, double previousLambda, Span<double> beta)
    {
        var strongBound = 2 * lambda - previousLambda;
        for (var k = 0; k < _strong.Length; k++)
        {
            if (!_strong[k] && _gradient[k] > strongBound)
            {
                _strong[k] = true;
            }
        }

        var variableFloor = (1 + ProbabilityFloor) * ProbabilityFloor * (1 - ProbabilityFloor);
        while (true)
        {
            var previousIntercept = _intercept;
            foreach (var k in _active)
            {
                _previousBeta[k] = _beta[k];
            }

            for (var k = 0; k < _strong.Length; k++)
            {
                if (_strong[k])
                {
                    _xv[k] = WeightedSquares(_x.Column(k));
                }
            }

            // Coordinate descent on the current quadratic approximation.
            while (true)
            {
                var change = Pass(lambda, strongSetOnly: true);
                if (change < _thresholdShare)
                {
                    break;
                }

                while (Pass(lambda, strongSetOnly: false) >= _thresholdShare)
                {
                }
            }

            UpdateWeights();
            if (_weightSum <= variableFloor)
            {
                break;
            }

            if (_weightSum * Square(_intercept - previousIntercept) >= _thresholdShare || ActiveMoved())
            {
                continue;
            }

            if (!AddKktViolators(lambda))
            {
                break;
            }
        }

        _beta.CopyTo(beta);
        return _intercept;
    }

    /// <summary>One cyclic pass (strong set in index order, or the active set in entry order) plus the intercept.</summary>
    private double Pass(double lambda, bool strongSetOnly)
    {
        if (++_passes > _maxPasses)
        {
            throw new StatisticsInputException(
                $"coordinate descent did not converge in {_maxPasses} passes (lambda {lambda:G6})", "LASSO");
        }

        var change = 0.0;
        if (strongSetOnly)
        {
            for (var k = 0; k < _strong.Length; k++)
            {
                if (_strong[k])
                {
                    change = Math.Max(change, Update(k, lambda));
                }
            }
        }
        else
        {
            foreach (var k in _active)
            {
                change = Math.Max(change, Update(k, lambda));
            }
        }

        var sum = 0.0;
        foreach (var value in _r)
        {
            sum += value;
        }

        var d = sum / _weightSum;
        if (d != 0)
        {
            _intercept += d;
            change = Math.Max(change, _weightSum * d * d);
            for (var i = 0; i < _r.Length; i++)
            {
                _r[i] -= d * _v[i];
            }
        }

        return change;
    }

    private double Update(int k, double lambda)
    {
        var column = _x.Column(k);
        var old = _beta[k];
        var u = Dot(_r, column) + _xv[k] * old;
        var shrunk = Math.Abs(u) - lambda;
        _beta[k] = shrunk > 0 ? Math.CopySign(shrunk, u) / _xv[k] : 0;
        var d = _beta[k] - old;
        if (d == 0)
        {
            return 0;
        }

        for (var i = 0; i < _r.Length; i++)
        {
            _r[i] -= d * _v[i] * column[i];
        }

        if (!_isActive[k])
        {
            _isActive[k] = true;
            _active.Add(k);
        }

        return _xv[k] * d * d;
    }

    /// <summary>New probabilities, IRLS weights and residuals at the current coefficients (glmnet's fmin/fmax bounds).</summary>
    private void UpdateWeights()
    {
        var bound = Math.Log(1 / ProbabilityFloor - 1);
        Span<double> eta = _q;
        eta.Fill(_intercept);
        foreach (var k in _active)
        {
            var column = _x.Column(k);
            var b = _beta[k];
            for (var i = 0; i < eta.Length; i++)
            {
                eta[i] += b * column[i];
            }
        }

        _weightSum = 0;
        for (var i = 0; i < _q.Length; i++)
        {
            var f = eta[i];
            _q[i] = f < -bound ? 0 : f > bound ? 1 : 1 / (1 + Math.Exp(-f));
            _v[i] = _w * _q[i] * (1 - _q[i]);
            _weightSum += _v[i];
        }

        for (var i = 0; i < _q.Length; i++)
        {
            _r[i] = _w * (_x.Y[i] - _q[i]);
        }
    }

    private bool ActiveMoved()
    {
        foreach (var k in _active)
        {
            if (_xv[k] * Square(_beta[k] - _previousBeta[k]) >= _thresholdShare)
            {
                return true;
            }
        }

        return false;
    }

    private bool AddKktViolators(double lambda)
    {
        var added = false;
        for (var k = 0; k < _strong.Length; k++)
        {
            if (_strong[k])
            {
                continue;
            }

            _gradient[k] = Math.Abs(Dot(_r, _x.Column(k)));
            if (_gradient[k] > lambda)
            {
                _strong[k] = true;
                added = true;
            }
        }

        return added;
    }

    private double WeightedSquares(ReadOnlySpan<double> column)
    {
        var sum = 0.0;
        for (var i = 0; i < column.Length; i++)
        {
            sum += _v[i] * column[i] * column[i];
        }

        return sum;
    }

    private static double Dot(ReadOnlySpan<double> a, ReadOnlySpan<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Length; i++)
        {
            sum += a[i] * b[i];
        }

        return sum;
    }

    private static double Square(double value) => value * value;
}
