namespace SlicerBridge.Statistics.Lasso;

/// <summary>Which optimiser fits the penalised logistic model at each lambda.</summary>
public enum LassoSolver
{
    /// <summary>
    /// Microsoft.ML <c>LbfgsLogisticRegression</c> (OWL-QN) with L1 = n * lambda on 1/n-standardised features, warm
    /// started along the path. ML.NET holds features in float32: against glmnet the coefficients at lambda.min agree
    /// to about 1e-6 here and to about 3e-4 elsewhere on the path, cvm to about 5e-5 relative. Its path is not cut
    /// by glmnet's fdev rule (float noise can fake a flat step), only by the saturation rules.
    /// </summary>
    MlNet,

    /// <summary>glmnet's own algorithm (Newton outer loop, cyclic coordinate descent, strong rules): exact to thresh.</summary>
    CoordinateDescent,
}
