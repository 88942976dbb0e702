namespace SlicerBridge.Modeling.Cohorts;

/// <summary>A manifest row: the case's data and its two phases' files.</summary>
public sealed record CohortCase(CohortRecord Record, CasePhase Arterial, CasePhase Venous)
{
    public string Id => Record.Id;

    public CasePhase Phase(string phase) => phase switch
    {
        CohortManifest.Arterial => Arterial,
        CohortManifest.Venous => Venous,
        _ => throw new ArgumentOutOfRangeException(nameof(phase), phase, "unknown phase"),
    };
}
