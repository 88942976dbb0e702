namespace SlicerBridge.Reporting.Plots;

/// <summary>
/// One patient on a nomogram: the points scored on each predictor axis, in the order of
/// <see cref="NomogramScale.Predictors"/>. Their sum is the patient's total points, which the plot
/// marks on the total-points and outcome axes.
/// </summary>
public sealed record NomogramPatient(IReadOnlyList<double> Points)
{
    public double TotalPoints => Points.Sum();
}
