namespace SlicerBridge.Statistics;

/// <summary>
/// Data the analysis cannot be run on as given (one class only, all censored, a constant feature,
/// fewer rows than folds, ...). Callers report it as bad input, not as an internal failure.
/// </summary>
public class StatisticsInputException : ArgumentException
{
    public StatisticsInputException(string message, string? where = null)
        : base(message)
    {
        Where = where;
    }

    /// <summary>What the message refers to: a column, a parameter, a table. Never patient data.</summary>
    public string? Where { get; }
}
