namespace SlicerBridge.Modeling.Synthetic;

/// <summary>The two contrast phases of the study's CT.</summary>
public enum SyntheticPhase
{
    /// <summary>Late arterial phase (AP).</summary>
    Arterial,

    /// <summary>Portal venous phase (PVP).</summary>
    Venous,
}
