using SlicerBridge.Radiomics.Features.Texture;

namespace SlicerBridge.Radiomics.Tests.Features.Texture;

public class SymmetricEigenTests
{
    [Fact]
    public void EigenvaluesOfTheSecondDifferenceMatrix()
    {
        // tridiag(1, 2, 1) of order 3: 2 - √2, 2, 2 + √2.
        double[] a = [2, 1, 0, 1, 2, 1, 0, 1, 2];
        var values = SymmetricEigen.Eigenvalues(a, 3);
        Assert.Equal(2 - Math.Sqrt(2), values[0], tolerance: 1e-14);
        Assert.Equal(2, values[1], tolerance: 1e-14);
        Assert.Equal(2 + Math.Sqrt(2), values[2], tolerance: 1e-14);
    }

    [Fact]
    public void RepeatedEigenvaluesOfADenseMatrix()
    {
        // J - I of order 4 (all ones minus identity): eigenvalues -1 (three times) and 3.
        var a = new double[16];
        for (var k = 0; k < 16; k++)
        {
            a[k] = k % 5 == 0 ? 0 : 1;
        }

        var values = SymmetricEigen.Eigenvalues(a, 4);
        Assert.All(values[..3], v => Assert.Equal(-1, v, tolerance: 1e-14));
        Assert.Equal(3, values[3], tolerance: 1e-14);
    }

    [Fact]
    public void InverseIterationFindsTheEigenvector()
    {
        double[] s = [4, 1, 2, 1, 3, 0, 2, 0, 5];
        var values = SymmetricEigen.Eigenvalues((double[])s.Clone(), 3);
        foreach (var lambda in values)
        {
            var v = SymmetricEigen.Eigenvector(s, 3, lambda);
            for (var i = 0; i < 3; i++)
            {
                var sv = s[i * 3] * v[0] + s[i * 3 + 1] * v[1] + s[i * 3 + 2] * v[2];
                Assert.Equal(lambda * v[i], sv, tolerance: 1e-12);
            }

            Assert.Equal(1, v.Sum(x => x * x), tolerance: 1e-14);
        }
    }

    [Fact]
    public void MccOfGreyLevelGroupsThatNeverMeetIsOne()
    {
        // Levels {1, 2} on the left and {4, 5} on the right, separated by a column outside the ROI:
        // the eigenvalue 1 of Q is repeated (ε splits it by ~1e-16 here), which takes the general solver.
        var input = SyntheticImage.Slice(new[,]
        {
            { 1, 2, 0, 4, 5 },
            { 2, 1, 0, 5, 4 },
            { 1, 2, 0, 4, 5 },
        });
        var mcc = new GlcmFeatures().Compute(input, ["MCC"])[0];
        Assert.Equal(1, mcc, tolerance: 1e-9);
    }

    [Fact]
    public void GlcmAtSeveralDistancesKeepsPyRadiomicsAngleOrder()
    {
        // A 5-voxel row: offsets are enumerated from +2 down, so dx = 2 comes before dx = 1.
        var settings = SyntheticImage.Settings with { Distances = [1, 2] };
        var matrix = GlcmMatrix.Compute(SyntheticImage.Slice(new[,] { { 1, 2, 1, 2, 1 } }, settings));
        Assert.Equal(2, matrix.AngleCount);

        // dx = 2 pairs equal levels (1-1, 2-2, 1-1); dx = 1 pairs only unequal ones.
        Assert.Equal([4.0 / 6, 0, 0, 2.0 / 6], matrix.Angle(0).ToArray());
        Assert.Equal([0, 0.5, 0.5, 0], matrix.Angle(1).ToArray());
    }
}
