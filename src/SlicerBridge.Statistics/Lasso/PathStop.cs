namespace SlicerBridge.Statistics.Lasso;

/// <summary>How a LASSO path ended (glmnet.control: fdev, devmax, pmin).</summary>
public enum PathStop
{
    /// <summary>Every requested lambda was fitted.</summary>
    Complete,

    /// <summary>The deviance ratio gained less than fdev = 1e-5 from the previous lambda (coordinate descent only).</summary>
    DevianceRatioFlat,

    /// <summary>The model explains more than devmax = 99.9% of the null deviance: (near-)perfect separation.</summary>
    DevianceSaturated,

    /// <summary>All fitted probabilities are within 1e-9 of 0 or 1: the classes are separated.</summary>
    ProbabilitiesSaturated,
}
