using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;

namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// Microsoft.ML's <c>LbfgsLogisticRegression</c> (OWL-QN) as a LASSO step. ML.NET minimises the summed log-loss
/// + L1 * sum |w_j| with an unpenalised bias, so glmnet's mean-loss objective maps to L1 = n * lambda, L2 = 0.
/// Each lambda is warm started from the previous solution, which also makes the path much cheaper.
/// Features are handed over as float32 (ML.NET's type), which bounds the agreement with glmnet.
/// </summary>
internal sealed class MlNetSolver : ILassoStepSolver
{
    private const float Tolerance = 1e-12f;
    private const int MaxIterations = 10_000;

    private readonly MLContext _context = new(seed: 0);
    private readonly IDataView _data;
    private readonly StandardisedDesign _design;
    private LinearBinaryModelParameters? _previous;

    public MlNetSolver(StandardisedDesign design)
    {
        _design = design;
        int n = design.Rows, p = design.Features;
        var rows = new Row[n];
        for (var i = 0; i < n; i++)
        {
            var features = new float[p];
            for (var j = 0; j < p; j++)
            {
                features[j] = (float)design.Columns[j * n + i];
            }

            rows[i] = new Row { Label = design.Y[i] > 0.5, Features = features };
        }

        var schema = SchemaDefinition.Create(typeof(Row));
        schema[nameof(Row.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, p);
        _data = _context.Data.Cache(_context.Data.LoadFromEnumerable(rows, schema));
    }

    public double Solve(double lambda, double previousLambda, Span<double> beta)
    {
        if (double.IsPositiveInfinity(lambda))
        {
            beta.Clear();
            _previous = null;
            var q0 = _design.MeanY;
            return Math.Log(q0 / (1 - q0));
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
        var model = _previous is null ? trainer.Fit(_data) : trainer.Fit(_data, _previous);
        _previous = model.Model.SubModel;
        var weights = _previous.Weights;
        for (var j = 0; j < beta.Length; j++)
        {
            beta[j] = weights[j];
        }

        return _previous.Bias;
    }

    private sealed class Row
    {
        public bool Label { get; set; }

        public float[] Features { get; set; } = [];
    }
}
