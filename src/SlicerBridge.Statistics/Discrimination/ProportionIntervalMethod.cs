namespace SlicerBridge.Statistics.Discrimination;

/// <summary>How the confidence interval of a diagnostic proportion is formed.</summary>
public enum ProportionIntervalMethod
{
    /// <summary>Normal (Wald) interval p ± z·sqrt(p(1-p)/n), clipped to [0, 1]; the paper's Table 2.</summary>
    Wald,

    /// <summary>Wilson score interval without continuity correction (R: <c>prop.test(correct = FALSE)$conf.int</c>).</summary>
    Wilson,
}
