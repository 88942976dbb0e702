using SlicerBridge.Imaging;
using SlicerBridge.Radiomics.Features.Texture;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

/// <summary>
/// The worked examples of PyRadiomics' class documentation (5x5 and 4x4 images, 2-D), and small
/// hand-counted crops, checked matrix entry by entry.
/// </summary>
public class HandCheckedMatrixTests
{
    // PyRadiomics' GLCM docstring image; its symmetrical GLCM for the horizontal direction is given there.
    private static readonly int[,] GlcmExample =
    {
        { 1, 2, 5, 2, 3 },
        { 3, 2, 1, 3, 1 },
        { 1, 3, 5, 5, 2 },
        { 1, 1, 1, 1, 2 },
        { 1, 2, 4, 3, 5 },
    };

    // PyRadiomics' GLRLM and GLDM docstring image.
    private static readonly int[,] RunExample =
    {
        { 5, 2, 5, 4, 4 },
        { 3, 3, 3, 1, 3 },
        { 2, 1, 1, 1, 3 },
        { 4, 2, 2, 2, 3 },
        { 3, 5, 3, 3, 2 },
    };

    [Fact]
    public void GlcmOfTheDocumentationExample()
    {
        double[,] horizontal =
        {
            { 6, 4, 3, 0, 0 },
            { 4, 0, 2, 1, 3 },
            { 3, 2, 0, 1, 2 },
            { 0, 1, 1, 0, 0 },
            { 0, 3, 2, 0, 2 },
        };
        var matrix = GlcmMatrix.Compute(SyntheticImage.Slice(GlcmExample));

        // A single slice keeps the 4 in-plane angles; (dz, dy, dx) = (0, 0, 1) is the last.
        Assert.Equal(4, matrix.AngleCount);
        var p = matrix.Angle(3);
        for (var i = 0; i < 5; i++)
        {
            for (var j = 0; j < 5; j++)
            {
                Assert.Equal(horizontal[i, j] / 40, p[i * 5 + j], tolerance: 1e-15);
            }
        }
    }

    [Fact]
    public void AsymmetricalGlcmCountsCentreToNeighbourOnly()
    {
        var settings = SyntheticImage.Settings with { SymmetricalGlcm = false };
        var matrix = GlcmMatrix.Compute(SyntheticImage.Slice(new[,] { { 1, 2, 2 } }, settings));

        // Pairs to the right: (1, 2) and (2, 2).
        Assert.Equal(1, matrix.AngleCount);
        Assert.Equal([0, 0.5, 0, 0.5], matrix.Angle(0).ToArray());
    }

    [Fact]
    public void GlrlmOfTheDocumentationExample()
    {
        double[,] horizontal =
        {
            { 1, 0, 1, 0, 0 },
            { 3, 0, 1, 0, 0 },
            { 4, 1, 1, 0, 0 },
            { 1, 1, 0, 0, 0 },
            { 3, 0, 0, 0, 0 },
        };
        var matrix = GlrlmMatrix.Compute(SyntheticImage.Slice(RunExample));
        Assert.Equal(4, matrix.AngleCount);
        AssertByRunLength(horizontal, matrix.Angle(3), matrix.RunLengths);
    }

    [Fact]
    public void GldmOfTheDocumentationExample()
    {
        // α = 0, distance 1: columns are dependence sizes 1..4.
        double[,] expected =
        {
            { 0, 1, 2, 1 },
            { 1, 2, 3, 0 },
            { 1, 4, 4, 0 },
            { 1, 2, 0, 0 },
            { 3, 0, 0, 0 },
        };
        var matrix = GldmMatrix.Compute(SyntheticImage.Slice(RunExample));
        AssertByRunLength(expected, matrix.Counts, matrix.Sizes);
    }

    [Fact]
    public void GldmAlphaCountsNeighboursWithinTheGreyLevelDistance()
    {
        // gldm_a = 1 on the row 1, 2, 4 (level 3 absent): 1 depends on 2, 2 on 1 but not on 4, 4 on none.
        var settings = SyntheticImage.Settings with { GldmA = 1 };
        var matrix = GldmMatrix.Compute(SyntheticImage.Slice(new[,] { { 1, 2, 4 } }, settings));
        Assert.Equal([1.0, 2, 4], matrix.GrayLevels);
        Assert.Equal([1.0, 2], matrix.Sizes);
        Assert.Equal([0, 1, 0, 1, 1, 0], matrix.Counts);
    }

    [Fact]
    public void NegativeGldmAlphaIsRejected() =>
        Assert.Throws<InvalidInputException>(() =>
            GldmMatrix.Compute(SyntheticImage.Slice(new[,] { { 1, 2 } }, SyntheticImage.Settings with { GldmA = -1 })));

    [Fact]
    public void NgtdmOfTheDocumentationExample()
    {
        int[,] image =
        {
            { 1, 2, 5, 2 },
            { 3, 5, 1, 3 },
            { 1, 3, 5, 5 },
            { 3, 1, 1, 1 },
        };

        // Neighbour sums / counts around each voxel, e.g. the 1 at (0, 0) sees 2, 3 and 5: mean 10/3.
        // s_1 = |1-10/3| + |1-30/8| + |1-15/5| + |1-13/5| + |1-15/5| + |1-11/3| = 267/20
        // s_2 = |2-15/5| + |2-9/3| = 2
        // s_3 = |3-12/5| + |3-18/5| + |3-20/8| + |3-5/3| = 91/30
        // s_5 = |5-13/5| + |5-21/8| + |5-20/8| + |5-11/5| = 403/40 (grey level 4 is absent)
        var matrix = NgtdmMatrix.Compute(SyntheticImage.Slice(image));
        Assert.Equal([1.0, 2, 3, 5], matrix.GrayLevels);
        Assert.Equal([6.0, 2, 4, 4], matrix.Counts);
        Assert.Equal(267.0 / 20, matrix.Differences[0], tolerance: 1e-13);
        Assert.Equal(2.0, matrix.Differences[1], tolerance: 1e-13);
        Assert.Equal(91.0 / 30, matrix.Differences[2], tolerance: 1e-13);
        Assert.Equal(403.0 / 40, matrix.Differences[3], tolerance: 1e-13);
    }

    [Fact]
    public void GlszmZonesAreEightConnectedInASlice()
    {
        // Level 1: one zone of 3 (touching diagonally); level 2: the right column (3) and the lone 2 (1);
        // level 3: one zone of 2.
        var matrix = GlszmMatrix.Compute(SyntheticImage.Slice(new[,]
        {
            { 1, 1, 2 },
            { 2, 1, 2 },
            { 3, 3, 2 },
        }));
        Assert.Equal([1.0, 2, 3], matrix.Sizes);
        Assert.Equal([0, 0, 1, 1, 0, 1, 0, 1, 0], matrix.Counts);
        Assert.Equal(4, matrix.Total);
    }

    [Fact]
    public void GlszmZonesAreTwentySixConnectedInAVolume()
    {
        // The two 1s touch only at a corner; the six 2s form one zone.
        var matrix = GlszmMatrix.Compute(SyntheticImage.Volume([
            new[,] { { 1, 2 }, { 2, 2 } },
            new[,] { { 2, 2 }, { 2, 1 } },
        ]));
        Assert.Equal([2.0, 6], matrix.Sizes);
        Assert.Equal([1.0, 0, 0, 1], matrix.Counts);
    }

    [Fact]
    public void GlszmUnderForce2DKeepsZonesWithinSlices()
    {
        var settings = SyntheticImage.Settings with { Force2D = true, Force2DDimension = 0 };
        var matrix = GlszmMatrix.Compute(SyntheticImage.Volume(
            [new[,] { { 1, 1 } }, new[,] { { 1, 1 } }], settings));
        Assert.Equal([2.0], matrix.Sizes);
        Assert.Equal([2.0], matrix.Counts);
    }

    [Fact]
    public void VoxelsOutsideTheMaskBreakRunsAndZones()
    {
        var input = SyntheticImage.Slice(new[,] { { 1, 1, 0, 1 } });
        var runs = GlrlmMatrix.Compute(input);
        Assert.Equal([1.0, 2], runs.RunLengths);
        Assert.Equal([1.0, 1], runs.Angle(0).ToArray());
        var zones = GlszmMatrix.Compute(input);
        Assert.Equal([1.0, 1], zones.Counts);
    }

    private static void AssertByRunLength(double[,] expected, ReadOnlySpan<double> actual, double[] lengths)
    {
        for (var i = 0; i < expected.GetLength(0); i++)
        {
            for (var j = 0; j < expected.GetLength(1); j++)
            {
                var column = Array.IndexOf(lengths, j + 1.0);
                var value = column < 0 ? 0 : actual[i * lengths.Length + column];
                Assert.True(expected[i, j] == value, $"P({i + 1}, {j + 1}): expected {expected[i, j]}, got {value}");
            }
        }
    }
}
