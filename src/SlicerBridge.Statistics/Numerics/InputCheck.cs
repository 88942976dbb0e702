namespace SlicerBridge.Statistics.Numerics;

/// <summary>The input checks every analysis repeats, with the same wording everywhere.</summary>
internal static class InputCheck
{
    public static void SameLength(int expected, int actual, string what)
    {
        if (expected != actual)
        {
            throw new StatisticsInputException($"{what} has {actual} values but {expected} were expected", what);
        }
    }

    public static void Finite(ReadOnlySpan<double> values, string what)
    {
        foreach (var v in values)
        {
            if (!double.IsFinite(v))
            {
                throw new StatisticsInputException($"{what} contains a missing or non-finite value", what);
            }
        }
    }

    /// <summary>Outcomes must be coded 0/1; returns the number of ones.</summary>
    public static int BinaryOutcome(ReadOnlySpan<int> outcome, string what)
    {
        var ones = 0;
        foreach (var y in outcome)
        {
            if (y is not (0 or 1))
            {
                throw new StatisticsInputException($"{what} must be coded 0/1, found {y}", what);
            }

            ones += y;
        }

        return ones;
    }

    /// <summary>Both outcome classes must be present; returns the number of ones.</summary>
    public static int BothClasses(ReadOnlySpan<int> outcome, string what)
    {
        var ones = BinaryOutcome(outcome, what);
        if (ones == 0 || ones == outcome.Length)
        {
            throw new StatisticsInputException(
                $"{what} has only one class ({(ones == 0 ? "no 1s" : "no 0s")}); both 0 and 1 are needed", what);
        }

        return ones;
    }

    public static void Probabilities(ReadOnlySpan<double> p, string what, bool open)
    {
        foreach (var v in p)
        {
            var bad = open ? !(v > 0 && v < 1) : !(v >= 0 && v <= 1);
            if (bad)
            {
                throw new StatisticsInputException(
                    $"{what} must be probabilities in {(open ? "(0, 1)" : "[0, 1]")}, found {v}", what);
            }
        }
    }
}
