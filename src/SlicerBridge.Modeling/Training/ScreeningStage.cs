namespace SlicerBridge.Modeling.Training;

/// <summary>One step of feature screening: what it kept, and how many features remained after it.</summary>
public sealed record ScreeningStage(string Step, int Remaining, int Dropped);
