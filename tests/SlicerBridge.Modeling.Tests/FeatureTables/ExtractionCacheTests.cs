using SlicerBridge.Modeling.FeatureTables;
using SlicerBridge.Testing;

namespace SlicerBridge.Modeling.Tests.FeatureTables;

public sealed class ExtractionCacheTests
{
    private static readonly PhaseFeatures Entry = new(["original_firstorder_Mean", "original_glcm_Idmn"], [1.5, double.NaN], new PhaseGeometry([0.7, 0.7, 5], 123));

    [Fact]
    public void Stores_and_counts_hits_and_misses()
    {
        using var folder = new TempDirectory();
        var cache = new ExtractionCache(folder.Path, "imageType: {Original: {}}", "1.0");
        var key = cache.Key("aa", "bb", 1);
        Assert.False(cache.TryGet(key, out _));
        cache.Put(key, Entry);
        Assert.True(cache.TryGet(key, out var read));
        Assert.Equal(Entry.Names, read.Names);
        Assert.Equal(1.5, read.Values[0]);
        Assert.True(double.IsNaN(read.Values[1]));
        Assert.Equal(123, read.Geometry.VoxelCount);
        Assert.Equal((1, 1), (cache.Hits, cache.Misses));
    }

    [Fact]
    public void Every_input_of_the_extraction_is_part_of_the_key()
    {
        using var folder = new TempDirectory();
        var cache = new ExtractionCache(folder.Path, "binWidth: 25", "1.0");
        var keys = new[]
        {
            cache.Key("aa", "bb", 1),
            cache.Key("ab", "bb", 1),
            cache.Key("aa", "bc", 1),
            cache.Key("aa", "bb", 2),
            new ExtractionCache(folder.Path, "binWidth: 10", "1.0").Key("aa", "bb", 1),
            new ExtractionCache(folder.Path, "binWidth: 25", "1.1").Key("aa", "bb", 1),
        };
        Assert.Equal(keys.Length, keys.Distinct().Count());
        Assert.Equal(keys[0], new ExtractionCache(folder.Path, "binWidth: 25", "1.0").Key("aa", "bb", 1));
    }

    [Fact]
    public void A_damaged_entry_is_a_miss_and_is_replaced()
    {
        using var folder = new TempDirectory();
        var cache = new ExtractionCache(folder.Path, "", "1.0");
        var key = cache.Key("aa", "bb", 1);
        File.WriteAllText(Path.Combine(folder.Path, key + ".json"), "{\"names\": [\"x\"], \"val");
        Assert.False(cache.TryGet(key, out _));
        cache.Put(key, Entry);
        Assert.True(cache.TryGet(key, out _));
    }
}
