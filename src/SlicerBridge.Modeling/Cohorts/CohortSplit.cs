namespace SlicerBridge.Modeling.Cohorts;

/// <summary>Which part of the study a case belongs to: model fitting, or the hold-out that only measures it.</summary>
public enum CohortSplit
{
    Train,
    Validation,
}
