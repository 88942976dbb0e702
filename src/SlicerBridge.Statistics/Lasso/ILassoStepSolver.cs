namespace SlicerBridge.Statistics.Lasso;

/// <summary>
/// Fits the penalised model at one lambda on a <see cref="StandardisedDesign"/>, warm started from its previous
/// call: minimise -(1/n) loglik + lambda * sum |beta_j| with an unpenalised intercept.
/// </summary>
internal interface ILassoStepSolver
{
    /// <param name="lambda">The penalty; +Infinity asks for the intercept-only model (glmnet's first path step).</param>
    /// <param name="previousLambda">The lambda solved before (0 before the first), for the sequential strong rule.</param>
    /// <param name="beta">Coefficients on the standardised scale, overwritten with the solution.</param>
    /// <returns>The intercept on the standardised scale.</returns>
    double Solve(double lambda, double previousLambda, Span<double> beta);
}
