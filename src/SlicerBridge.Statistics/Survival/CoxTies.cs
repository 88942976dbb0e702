namespace SlicerBridge.Statistics.Survival;

/// <summary>How tied event times enter the Cox partial likelihood (coxph's <c>ties</c>).</summary>
public enum CoxTies
{
    /// <summary>Efron's approximation, coxph's default.</summary>
    Efron,

    /// <summary>Breslow's approximation.</summary>
    Breslow,
}
