namespace SlicerBridge.Statistics.GroupComparison;

/// <summary>The alternative hypothesis, as R's <c>alternative</c> argument (first group versus second).</summary>
public enum Alternative
{
    TwoSided,
    Less,
    Greater,
}
