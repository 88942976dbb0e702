namespace SlicerBridge.Statistics.Lasso;

/// <summary>Which optimiser fits the penalised logistic model at each lambda.</summary>
public enum LassoSolver
{
    /// <summary>
    /// Microsoft.ML <c>LbfgsLogisticRegression</c> (OWL-QN) with L1 = n * lambda on 1/n-standardised features, warm
    /// started along the path. ML.NET holds features in float32, so coefficients agree with glmnet to about 1e-3.
    /// </summary>
    MlNet,

    /// <summary>glmnet's own algorithm (Newton outer loop, cyclic coordinate descent, strong rules): exact to thresh.</summary>
    CoordinateDescent,
}
