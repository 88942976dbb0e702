namespace SlicerBridge.Statistics.Calibration;

/// <summary>Net benefit at one threshold probability: the model, treat-all and treat-none (always 0).</summary>
public readonly record struct DecisionCurvePoint(double Threshold, double Model, double TreatAll)
{
    public double TreatNone => 0.0;
}
