namespace SlicerBridge.Statistics.Nomogram;

/// <summary>One predictor's axis: tick values, their contribution b*x to the linear predictor, and their points.</summary>
public sealed record NomogramAxis(string Name, double Coefficient, IReadOnlyList<double> Values, IReadOnlyList<double> Xbeta, IReadOnlyList<double> Points)
{
    /// <summary>Points gained per unit of the predictor (negative for a negative coefficient).</summary>
    public double PointsPerUnit { get; init; }

    /// <summary>Smallest b*x over the axis: the contribution that scores 0 points.</summary>
    public double MinXbeta => Xbeta.Min();
}
