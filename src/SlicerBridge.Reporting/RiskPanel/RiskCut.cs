namespace SlicerBridge.Reporting.RiskPanel;

/// <summary>A score and its cut-off, and therefore its risk group: strictly above the cut-off is high, as the model package defines.</summary>
public sealed record RiskCut(double Value, double Cutoff)
{
    public bool IsHigh => Value > Cutoff;

    public string Group => IsHigh ? "High" : "Low";
}
