using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// Microsoft.ML's <c>LbfgsLogisticRegression</c> (OWL-QN) as a LASSO step. ML.NET minimises the summed log-loss
/// + L1 * sum |w_j| with an unpenalised bias, so glmnet's mean-loss objective maps to L1 = n * lambda, L2 = 0.
/// <para>
/// Speed: ML.NET sees only a working set, glmnet's sequential strong set plus every feature ever non-zero, as
/// sparse rows over all p features (so the model keeps its dimension and each fit is warm started from the
/// previous one), and pays only for the working columns. After each fit the KKT condition
/// |x_j'(y - p)| / n &lt;= lambda is checked in double precision for every feature left out; violators join and the
/// fit is repeated, so the result is the solution over all features. Features go to ML.NET as float32, which
/// bounds the agreement with glmnet.
/// </para>
/// </summary>
internal sealed class MlNetSolver : ILassoStepSolver
{
    private const float Tolerance = 1e-12f;
    private const int MaxIterations = 10_000;

    private readonly MLContext _context = new(seed: 0);
    private readonly StandardisedDesign _design;
    private readonly bool[] _working;
    private readonly double[] _gradient;
    private readonly double[] _residual;
    private readonly double[] _eta;
    private double _intercept;
    private LinearBinaryModelParameters? _previous;
    private IDataView? _data;
    private int _dataColumns;

    public MlNetSolver(StandardisedDesign design)
    {
        _design = design;
        _working = new bool[design.Features];
        _gradient = new double[design.Features];
        _residual = new double[design.Rows];
        _eta = new double[design.Rows];
        var q0 = design.MeanY;
        _intercept = Math.Log(q0 / (1 - q0));
        UpdateGradient(new double[design.Features]);
    }

    public double Solve(double lambda, double previousLambda, Span<double> beta)
    {
        if (double.IsPositiveInfinity(lambda))
        {
            beta.Clear();
            return _intercept;
        }

        for (var j = 0; j < _working.Length; j++)
        {
            _working[j] |= beta[j] != 0 || _gradient[j] > 2 * lambda - previousLambda;
        }

        var solution = beta.ToArray();
        while (true)
        {
            Train(lambda, solution);
            UpdateGradient(solution);
            var added = false;
            for (var j = 0; j < _working.Length; j++)
            {
                if (!_working[j] && _gradient[j] > lambda)
                {
                    _working[j] = true;
                    added = true;
                }
            }

            if (!added)
            {
                break;
            }
        }

        solution.CopyTo(beta);
        return _intercept;
    }

    /// <summary>Fits the working features, warm started from <paramref name="beta"/> and the last intercept.</summary>
    private void Train(double lambda, double[] beta)
    {
        var columns = Enumerable.Range(0, _working.Length).Where(j => _working[j]).ToArray();
        if (columns.Length == 0)
        {
            return;
        }

        if (_data is null || _dataColumns != columns.Length)
        {
            // The working set only grows, so its size identifies it.
            _data = WorkingData(columns);
            _dataColumns = columns.Length;
        }

        var trainer = _context.BinaryClassification.Trainers.LbfgsLogisticRegression(
            new LbfgsLogisticRegressionBinaryTrainer.Options
            {
                LabelColumnName = nameof(Row.Label),
                FeatureColumnName = nameof(Row.Features),
                L1Regularization = (float)(_design.Rows * lambda),
                L2Regularization = 0,
                OptimizationTolerance = Tolerance,
                MaximumNumberOfIterations = MaxIterations,
                NumberOfThreads = 1,
                ShowTrainingStatistics = false,
            });
        var model = (_previous is null ? trainer.Fit(_data) : trainer.Fit(_data, _previous)).Model.SubModel;
        var weights = model.Weights;
        for (var j = 0; j < beta.Length; j++)
        {
            beta[j] = _working[j] ? weights[j] : 0;
        }

        _intercept = model.Bias;
        _previous = model;
    }

    private IDataView WorkingData(int[] columns)
    {
        var n = _design.Rows;
        var rows = new Row[n];
        for (var i = 0; i < n; i++)
        {
            var values = new float[columns.Length];
            for (var c = 0; c < columns.Length; c++)
            {
                values[c] = (float)_design.Columns[columns[c] * n + i];
            }

            rows[i] = new Row { Label = _design.Y[i] > 0.5, Features = new VBuffer<float>(_design.Features, columns.Length, values, columns) };
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, _design.Features);
        return _context.Data.Cache(_context.Data.LoadFromEnumerable(rows, schema));
    }

    /// <summary>|x_j'(w (y - p))| for every feature at the current solution: the KKT check and next strong rule.</summary>
    private void UpdateGradient(double[] beta)
    {
        var w = 1.0 / _design.Rows;
        _design.LinearPredictor(_intercept, beta, _eta);
        for (var i = 0; i < _residual.Length; i++)
        {
            _residual[i] = w * (_design.Y[i] - 1 / (1 + Math.Exp(-_eta[i])));
        }

        for (var j = 0; j < _gradient.Length; j++)
        {
            var column = _design.Column(j);
            var sum = 0.0;
            for (var i = 0; i < column.Length; i++)
            {
                sum += _residual[i] * column[i];
            }

            _gradient[j] = Math.Abs(sum);
        }
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public VBuffer<float> Features { get; set; }
    }
}
