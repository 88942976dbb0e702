using System.Diagnostics;

namespace SlicerBridge.Benchmarks;

/// <summary>Wall-clock timing of a warm operation: warm-up runs, then the median and minimum of timed runs.</summary>
internal sealed record Measurement(string Name, int Iterations, double MedianMs, double MinMs, IReadOnlyDictionary<string, object> Details)
{
    public static Measurement Time(string name, int iterations, Action action, IReadOnlyDictionary<string, object> details, int warmups = 3)
    {
        for (var i = 0; i < warmups; i++)
        {
            action();
        }

        var times = new double[iterations];
        for (var i = 0; i < iterations; i++)
        {
            var watch = Stopwatch.StartNew();
            action();
            times[i] = watch.Elapsed.TotalMilliseconds;
        }

        Array.Sort(times);
        return new Measurement(name, iterations, times[iterations / 2], times[0], details);
    }
}
