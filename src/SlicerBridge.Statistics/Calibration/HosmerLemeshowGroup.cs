namespace SlicerBridge.Statistics.Calibration;

/// <summary>One risk group of the Hosmer-Lemeshow table: (Lower, Upper], the first one closed on the left too.</summary>
public sealed record HosmerLemeshowGroup(
    double LowerBreak, double UpperBreak, int Count, int Observed0, int Observed1, double Expected0, double Expected1);
