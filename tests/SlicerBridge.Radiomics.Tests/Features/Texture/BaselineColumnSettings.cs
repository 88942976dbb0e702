using SlicerBridge.Radiomics.Settings;
using SlicerBridge.Radiomics.Tests.Support;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>
/// The texture settings a baseline column was extracted with, read from its recorded
/// <c>Configuration_Settings</c>. Only columns without image preprocessing are accepted: those are the
/// ones a feature class can be checked on in isolation (the others are end-to-end tests).
/// </summary>
internal static class BaselineColumnSettings
{
    public static ExtractionSettings For(BaselineTable table, string column)
    {
        var recorded = table.Settings(column);
        Assert.False(Get(recorded, "normalize", false), $"{column} normalises the image");
        Assert.Null(recorded.GetValueOrDefault("resampledPixelSpacing"));
        Assert.Null(recorded.GetValueOrDefault("resegmentRange"));
        Assert.Null(recorded.GetValueOrDefault("removeOutliers"));

        var settings = ExtractionSettings.Default with
        {
            BinWidth = Get(recorded, "binWidth", 25.0),
            BinCount = recorded.TryGetValue("binCount", out var count) && count is not null ? (int)(long)count : null,
            Force2D = Get(recorded, "force2D", false),
            Force2DDimension = (int)Get(recorded, "force2Ddimension", 0L),
            SymmetricalGlcm = Get(recorded, "symmetricalGLCM", true),
            GldmA = (int)Get(recorded, "gldm_a", 0L),
            Distances = ((List<object?>)recorded["distances"]!).Select(d => (int)(long)d!).ToArray(),
            WeightingNorm = recorded.GetValueOrDefault("weightingNorm") switch
            {
                null => WeightingNorm.None,
                "no_weighting" => WeightingNorm.NoWeighting,
                "manhattan" => WeightingNorm.Manhattan,
                "euclidean" => WeightingNorm.Euclidean,
                "infinity" => WeightingNorm.Infinity,
                var other => throw new InvalidOperationException($"unexpected weightingNorm {other}"),
            },
        };
        return settings;
    }

    private static T Get<T>(IReadOnlyDictionary<string, object?> recorded, string key, T fallback) =>
        recorded.TryGetValue(key, out var value) && value is not null
            ? value is long l && typeof(T) == typeof(double) ? (T)(object)(double)l : (T)value
            : fallback;
}
