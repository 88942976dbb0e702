namespace SlicerBridge.Modeling.Synthetic;

/// <summary>
/// Derives independent child seeds from a parent seed and a tag (SplitMix64 finaliser), so every patient,
/// and every random stream inside a patient (noise, masks, outcome), has its own seeded
/// <see cref="Random"/>: results depend on the master seed only, never on generation order or threads.
/// </summary>
internal static class SeedStream
{
    public static int Derive(long parent, long tag)
    {
        var z = unchecked((ulong)parent * 0x9E3779B97F4A7C15UL + (ulong)tag * 0xD1B54A32D192ED03UL + 0x632BE59BD9B4E019UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z >> 33);
    }

    /// <summary>A seeded generator; .NET's seeded <see cref="Random"/> gives the same sequence on every platform.</summary>
    public static Random Open(long parent, long tag) => new(Derive(parent, tag));
}
