using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Shape;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>
/// Counting cube configurations and summing their origins gives the same area and volume as summing
/// PyRadiomics' triangles one by one with absolute coordinates.
/// </summary>
public class MarchingCubesMeshTests
{
    private const double Tolerance = 1e-12;

    [Theory]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void AggregatedSumsEqualTheTriangleByTriangleSums(int seed)
    {
        var random = new Random(seed);
        for (var trial = 0; trial < 20; trial++)
        {
            var size = new Size3(random.Next(1, 15), random.Next(1, 15), random.Next(1, 10));
            var spacing = new Vec3(0.2 + 3 * random.NextDouble(), 0.2 + 3 * random.NextDouble(), 0.2 + 3 * random.NextDouble());
            var mask = ShapeTestMasks.RandomBlob(random, size);

            var expected = BruteForceShapeReference.Mesh(size, spacing, mask);
            var actual = MarchingCubesMesh.Build(PaddedMask.FromCrop(size, mask), [spacing.Z, spacing.Y, spacing.X]);

            Assert.True(Math.Abs(actual.SurfaceArea - expected.SurfaceArea) <= Tolerance * expected.SurfaceArea, $"area, trial {trial}");
            Assert.True(Math.Abs(actual.Volume - expected.Volume) <= Tolerance * expected.Volume, $"volume, trial {trial}");
        }
    }
}
