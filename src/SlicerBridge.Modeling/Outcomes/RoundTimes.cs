namespace SlicerBridge.Modeling.Outcomes;

/// <summary>Evenly spaced round times (step 1, 2, 2.5 or 5 × 10^k) from 0 over the follow-up, for numbers-at-risk tables.</summary>
internal static class RoundTimes
{
    private const int TargetIntervals = 6;

    public static double[] Over(double maxTime)
    {
        if (!(maxTime > 0))
        {
            return [0];
        }

        var raw = maxTime / TargetIntervals;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1, 2, 2.5, 5, 10 }.Select(m => m * magnitude).First(s => s >= raw);
        var count = (int)Math.Floor(maxTime / step + 1e-9);
        return Enumerable.Range(0, count + 1).Select(k => k * step).ToArray();
    }
}
