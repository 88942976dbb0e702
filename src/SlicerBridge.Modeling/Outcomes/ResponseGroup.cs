namespace SlicerBridge.Modeling.Outcomes;

/// <summary>Responders in one score group.</summary>
public sealed record ResponseGroup(string Group, int N, int Responders, double Rate);
