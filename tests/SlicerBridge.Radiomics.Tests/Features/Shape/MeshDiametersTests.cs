using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Shape;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>The hull-pruned diameters equal PyRadiomics' all-pairs search bit for bit.</summary>
public class MeshDiametersTests
{
    public static TheoryData<int> Seeds => new(Enumerable.Range(0, 12).Select(i => 1000 + i));

    [Theory]
    [MemberData(nameof(Seeds))]
    public void RandomBlobsMatchTheAllPairsSearchExactly(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 25; trial++)
        {
            var size = new Size3(random.Next(1, 13), random.Next(1, 13), random.Next(1, 9));
            var spacing = RandomSpacing(random);
            var mask = ShapeTestMasks.RandomBlob(random, size);
            AssertSameAsAllPairs(size, spacing, mask, $"seed {seed} trial {trial} size {size} spacing {spacing}");
        }
    }

    [Theory]
    [InlineData(0.78125, 0.78125, 6.5)]
    [InlineData(1.0, 1.0, 1.0)]
    [InlineData(0.66, 0.66, 2.1)]
    public void LargerBlobsMatchTheAllPairsSearchExactly(double sx, double sy, double sz)
    {
        var random = new Random(77);
        for (var trial = 0; trial < 3; trial++)
        {
            var size = new Size3(random.Next(20, 36), random.Next(20, 36), random.Next(6, 16));
            var mask = ShapeTestMasks.RandomBlob(random, size);
            AssertSameAsAllPairs(size, new Vec3(sx, sy, sz), mask, $"trial {trial} size {size}");
        }
    }

    public static TheoryData<int, int, int, double, double, double> Degenerate => new()
    {
        { 1, 1, 1, 1, 1, 1 },
        { 9, 1, 1, 0.7, 0.7, 3 },        // a line: every plane is collinear or a single point
        { 1, 6, 1, 1, 2, 1 },
        { 1, 1, 7, 0.5, 0.5, 0.5 },
        { 8, 6, 1, 1, 1, 1 },            // a plate: many exactly tied distances
        { 5, 5, 5, 1, 1, 1 },
        { 6, 4, 3, 1, 1, 2 },            // spacing ratio 2: ties between different coordinate triples
    };

    [Theory]
    [MemberData(nameof(Degenerate))]
    public void BoxesAndLinesMatchTheAllPairsSearchExactly(int kx, int ky, int kz, double sx, double sy, double sz)
    {
        var size = new Size3(kx, ky, kz);
        AssertSameAsAllPairs(size, new Vec3(sx, sy, sz), ShapeTestMasks.Box(size), $"box {size}");
    }

    [Fact]
    public void SeparatedVoxelsMatchTheAllPairsSearchExactly()
    {
        // Two voxels in opposite corners of the crop, and a checkerboard of isolated voxels.
        var size = new Size3(6, 5, 4);
        var corners = new byte[size.VoxelCount];
        corners[0] = corners[^1] = 1;
        AssertSameAsAllPairs(size, new Vec3(0.9, 0.9, 2), corners, "corners");

        var checker = new byte[size.VoxelCount];
        for (var i = 0; i < checker.Length; i++)
        {
            var (x, y, z) = (i % size.X, i / size.X % size.Y, i / (size.X * size.Y));
            checker[i] = (byte)((x + y + z) % 2);
        }

        AssertSameAsAllPairs(size, new Vec3(1, 1, 1), checker, "checkerboard");
    }

    private static Vec3 RandomSpacing(Random random) => random.Next(3) switch
    {
        0 => new Vec3(1, 1, 1),
        1 => new Vec3(0.78125, 0.78125, 6.5),
        _ => new Vec3(0.2 + 3 * random.NextDouble(), 0.2 + 3 * random.NextDouble(), 0.2 + 3 * random.NextDouble()),
    };

    private static void AssertSameAsAllPairs(Size3 size, Vec3 spacing, byte[] mask, string because)
    {
        var expected = BruteForceShapeReference.Diameters(size, spacing, mask);
        var actual = MeshDiameters.Compute(PaddedMask.FromCrop(size, mask), [spacing.Z, spacing.Y, spacing.X]);

        Assert.True(expected.Maximum3D == actual.Maximum3D, $"3-D {expected.Maximum3D:R} vs {actual.Maximum3D:R}, {because}");
        Assert.True(expected.Slice == actual.Slice, $"slice {expected.Slice:R} vs {actual.Slice:R}, {because}");
        Assert.True(expected.Column == actual.Column, $"column {expected.Column:R} vs {actual.Column:R}, {because}");
        Assert.True(expected.Row == actual.Row, $"row {expected.Row:R} vs {actual.Row:R}, {because}");
    }
}
