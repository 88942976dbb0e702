namespace SlicerBridge.Statistics.Discrimination;

/// <summary>How controls compare with cases on the predictor (pROC's <c>direction</c>).</summary>
public enum RocDirection
{
    /// <summary>pROC's <c>"auto"</c>: <c>&gt;</c> if median(controls) &gt; median(cases), else <c>&lt;</c>.</summary>
    Auto,

    /// <summary>pROC's <c>"&lt;"</c>: controls lower; a case is predictor ≥ threshold.</summary>
    ControlsLower,

    /// <summary>pROC's <c>"&gt;"</c>: controls higher; a case is predictor ≤ threshold.</summary>
    ControlsHigher,
}
