namespace SlicerBridge.Modeling.Outcomes;

/// <summary>One step of a Kaplan-Meier curve (survfit's table row) with its log-type 95% limits; null limits once S = 0.</summary>
public sealed record SurvivalCurvePoint(double Time, int AtRisk, int Events, int Censored, double Survival, double? Lower, double? Upper);
