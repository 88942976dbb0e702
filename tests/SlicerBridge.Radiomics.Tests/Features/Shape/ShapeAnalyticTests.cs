using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Radiomics.Features.Shape;

namespace SlicerBridge.Radiomics.Tests.Features.Shape;

/// <summary>
/// Closed forms for boxes of kx × ky × kz voxels. With vertices at edge midpoints, each marching cube of a
/// box cuts off a corner (a tetrahedron of legs ½, volume 1/48, an equilateral triangle), an edge (a prism,
/// volume 1/8, a ½√2-wide strip) or a face (half the cube, a full square), in voxel units; counting the
/// cubes of each kind gives the mesh volume and area for any spacing.
/// </summary>
public class ShapeAnalyticTests
{
    private const double Tight = 1e-12;

    public static TheoryData<int, int, int, double, double, double> Boxes => new()
    {
        { 1, 1, 1, 1, 1, 1 },           // a single voxel: an octahedron
        { 1, 1, 1, 0.5, 1.5, 3 },
        { 5, 4, 1, 0.8, 0.8, 5 },       // a one-voxel-thick plate
        { 3, 3, 3, 1, 1, 1 },           // a cube
        { 3, 3, 3, 0.7, 0.7, 0.7 },
        { 4, 3, 2, 0.7, 1.3, 2.9 },     // anisotropic spacing
        { 7, 1, 2, 0.25, 3, 1.1 },
    };

    [Theory]
    [MemberData(nameof(Boxes))]
    public void BoxMeshVolumeAndAreaHaveClosedForms(int kx, int ky, int kz, double sx, double sy, double sz)
    {
        var size = new Size3(kx, ky, kz);
        var f = ShapeTestMasks.Compute(size, new Vec3(sx, sy, sz), ShapeTestMasks.Box(size),
            "MeshVolume", "SurfaceArea", "VoxelVolume", "SurfaceVolumeRatio", "Sphericity");

        double ex = kx - 1, ey = ky - 1, ez = kz - 1;
        var volume = sx * sy * sz * (ex * ey * ez + ey * ez + ex * ez + ex * ey + (ex + ey + ez) / 2 + 1.0 / 6);
        var (hx, hy, hz) = (sx / 2, sy / 2, sz / 2);
        var area = 2 * (ey * ez * sy * sz + ex * ez * sx * sz + ex * ey * sx * sy)
            + 4 * (ex * sx * Math.Sqrt(hy * hy + hz * hz) + ey * sy * Math.Sqrt(hx * hx + hz * hz) + ez * sz * Math.Sqrt(hx * hx + hy * hy))
            + 8 * 0.5 * Math.Sqrt(hx * hx * hy * hy + hy * hy * hz * hz + hx * hx * hz * hz);

        AssertRelative(volume, f["MeshVolume"]);
        AssertRelative(area, f["SurfaceArea"]);
        AssertRelative(kx * ky * kz * sx * sy * sz, f["VoxelVolume"]);
        AssertRelative(area / volume, f["SurfaceVolumeRatio"]);
        AssertRelative(Math.Cbrt(36 * Math.PI * volume * volume) / area, f["Sphericity"]);
    }

    [Theory]
    [MemberData(nameof(Boxes))]
    public void BoxAxesAreTheUniformVariances(int kx, int ky, int kz, double sx, double sy, double sz)
    {
        var size = new Size3(kx, ky, kz);
        var features = kx * ky * kz == 1
            ? new[] { "MajorAxisLength", "MinorAxisLength", "LeastAxisLength" }
            : new[] { "MajorAxisLength", "MinorAxisLength", "LeastAxisLength", "Elongation", "Flatness" };
        var f = ShapeTestMasks.Compute(size, new Vec3(sx, sy, sz), ShapeTestMasks.Box(size), features);

        // The population variance of 1..k is (k² − 1) / 12.
        var variances = new[] { (kx * kx - 1) * sx * sx, (ky * ky - 1) * sy * sy, (kz * kz - 1) * sz * sz }
            .Select(v => v / 12).Order().ToArray();
        AssertRelative(4 * Math.Sqrt(variances[2]), f["MajorAxisLength"]);
        AssertRelative(4 * Math.Sqrt(variances[1]), f["MinorAxisLength"]);
        AssertRelative(4 * Math.Sqrt(variances[0]), f["LeastAxisLength"]);
        if (kx * ky * kz > 1)
        {
            AssertRelative(Math.Sqrt(variances[1] / variances[2]), f["Elongation"]);
            AssertRelative(Math.Sqrt(variances[0] / variances[2]), f["Flatness"]);
        }
    }

    [Fact]
    public void PlateIsExactlyFlat()
    {
        var size = new Size3(5, 4, 1);
        var f = ShapeTestMasks.Compute(size, new Vec3(0.8, 0.8, 5), ShapeTestMasks.Box(size));

        Assert.Equal(0.0, f["LeastAxisLength"]);
        Assert.Equal(0.0, f["Flatness"]);
    }

    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(0.5, 1.5, 3)]
    [InlineData(2, 0.5, 1)]
    public void SingleVoxelDiametersAreTheLargestSpacings(double sx, double sy, double sz)
    {
        // Its six vertices sit half a voxel out along each axis.
        var size = new Size3(1, 1, 1);
        var f = ShapeTestMasks.Compute(size, new Vec3(sx, sy, sz), [1],
            "Maximum3DDiameter", "Maximum2DDiameterSlice", "Maximum2DDiameterColumn", "Maximum2DDiameterRow");

        Assert.Equal(Math.Max(sx, Math.Max(sy, sz)), f["Maximum3DDiameter"]);
        Assert.Equal(Math.Max(sx, sy), f["Maximum2DDiameterSlice"]);
        Assert.Equal(Math.Max(sx, sz), f["Maximum2DDiameterColumn"]);
        Assert.Equal(Math.Max(sy, sz), f["Maximum2DDiameterRow"]);
    }

    [Theory]
    [InlineData(3, 1.0)]
    [InlineData(4, 0.7)]
    public void CubeDiametersJoinOppositeFaceVertices(int k, double s)
    {
        // Vertices lie half a voxel outside the boundary voxel centres. The farthest pair joins face
        // vertices at opposite corners: (½, 1, 1) to (k + ½, k, k); within an axial plane of voxel
        // centres, (½, 1) to (k + ½, k).
        var size = new Size3(k, k, k);
        var f = ShapeTestMasks.Compute(size, new Vec3(s, s, s), ShapeTestMasks.Box(size));

        AssertRelative(s * Math.Sqrt(k * k + 2.0 * (k - 1) * (k - 1)), f["Maximum3DDiameter"]);
        var planar = s * Math.Sqrt(k * k + (k - 1.0) * (k - 1));
        AssertRelative(planar, f["Maximum2DDiameterSlice"]);
        AssertRelative(planar, f["Maximum2DDiameterColumn"]);
        AssertRelative(planar, f["Maximum2DDiameterRow"]);
        AssertRelative(1, f["Elongation"]);
        AssertRelative(1, f["Flatness"]);
    }

    [Fact]
    public void DeprecatedCompactnessFeaturesFollowFromSphericity()
    {
        var random = new Random(20261128);
        var size = new Size3(9, 7, 5);
        var mask = ShapeTestMasks.RandomBlob(random, size);
        var f = ShapeTestMasks.Compute(size, new Vec3(0.9, 1.1, 2.5), mask,
            "Sphericity", "Compactness1", "Compactness2", "SphericalDisproportion", "MeshVolume", "SurfaceArea");

        var sphericity = f["Sphericity"];
        AssertRelative(Math.Pow(sphericity, 3), f["Compactness2"]);
        AssertRelative(1 / sphericity, f["SphericalDisproportion"]);
        AssertRelative(Math.Sqrt(f["Compactness2"]) / (6 * Math.PI), f["Compactness1"]);
        AssertRelative(f["MeshVolume"] / Math.Sqrt(Math.PI * Math.Pow(f["SurfaceArea"], 3)), f["Compactness1"]);
    }

    [Fact]
    public void ElongationOfASingleVoxelIsReportedAsBadInput()
    {
        var family = new ShapeFeatures();
        var input = ShapeTestMasks.Input(new Size3(1, 1, 1), new Vec3(1, 1, 1), [1]);

        var error = Assert.Throws<InvalidInputException>(() => family.Compute(input, ["Elongation"]));
        Assert.Contains("single voxel", error.Message, StringComparison.Ordinal);
        Assert.Throws<InvalidInputException>(() => family.Compute(input, ["Flatness"]));
    }

    [Fact]
    public void EmptyMaskIsReportedAsBadInput()
    {
        var input = ShapeTestMasks.Input(new Size3(2, 2, 2), new Vec3(1, 1, 1), new byte[8]);

        var error = Assert.Throws<InvalidInputException>(() => new ShapeFeatures().Compute(input, ["MeshVolume"]));
        Assert.Equal("mask", error.Where);
    }

    [Theory]
    [InlineData(0.0)]
    [InlineData(-1.0)]
    [InlineData(double.NaN)]
    public void NonPositiveSpacingIsReportedAsBadInput(double sz)
    {
        var input = ShapeTestMasks.Input(new Size3(1, 1, 1), new Vec3(1, 1, sz), [1]);

        var error = Assert.Throws<InvalidInputException>(() => new ShapeFeatures().Compute(input, ["MeshVolume"]));
        Assert.Equal("spacing", error.Where);
    }

    [Fact]
    public void DefinitionsFollowPyRadiomicsOrderWithDeprecatedOnesHidden()
    {
        var family = new ShapeFeatures();

        Assert.Equal("shape", family.Name);
        Assert.Equal(
            [
                "MeshVolume", "VoxelVolume", "SurfaceArea", "SurfaceVolumeRatio", "Sphericity", "Maximum3DDiameter",
                "Maximum2DDiameterSlice", "Maximum2DDiameterColumn", "Maximum2DDiameterRow", "MajorAxisLength",
                "MinorAxisLength", "LeastAxisLength", "Elongation", "Flatness",
            ],
            family.DefaultFeatureNames);
        Assert.Equal(
            ["Compactness1", "Compactness2", "SphericalDisproportion"],
            family.Definitions.Where(d => d.Deprecated).Select(d => d.Name));
    }

    private static void AssertRelative(double expected, double actual) =>
        Assert.True(Math.Abs(actual - expected) <= Tight * Math.Abs(expected), $"expected {expected:R}, got {actual:R}");
}
