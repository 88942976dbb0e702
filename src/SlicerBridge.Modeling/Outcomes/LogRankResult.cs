namespace SlicerBridge.Modeling.Outcomes;

/// <summary>The log-rank test of high versus low (survdiff): chi-square, degrees of freedom, p.</summary>
public sealed record LogRankResult(double Chisq, int Df, double P);
