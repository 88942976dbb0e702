namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>One model feature for this patient: its z-score on the training scale and its signed share of the radscore, coefficient · z.</summary>
public sealed record RiskDriver(string Name, double Z, double Contribution);
