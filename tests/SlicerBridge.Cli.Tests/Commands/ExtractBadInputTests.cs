using SlicerBridge.Imaging;
using SlicerBridge.Imaging.Geometry;
using SlicerBridge.Imaging.IO;
using SlicerBridge.Testing;

namespace SlicerBridge.Cli.Tests.Commands;

/// <summary>
/// Bad volumes give one line <c>error: ...</c>, exit code 2, and no output file. Each case writes a small
/// volume that is wrong in exactly one way.
/// </summary>
public class ExtractBadInputTests : IDisposable
{
    private static readonly ImageGeometry Grid = new(new Size3(8, 8, 4), new Vec3(1, 1, 2), default, Matrix3.Identity);

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void EmptyMaskSaysNoLabelIsPresent()
    {
        var run = Extract(Image(), ImageVolume.Create(Grid, new byte[Grid.VoxelCount]));

        AssertBadInput(run, "label 1 is not present in the mask (labels present: none)");
    }

    [Fact]
    public void OneVoxelMaskIsRefused()
    {
        var mask = new byte[Grid.VoxelCount];
        mask[100] = 1;

        var run = Extract(Image(), ImageVolume.Create(Grid, mask));

        AssertBadInput(run, "the ROI is a single voxel");
    }

    [Fact]
    public void NaNInsideTheRoiIsRefused()
    {
        var values = new float[Grid.VoxelCount];
        Array.Fill(values, 40f);
        values[Index(3, 3, 1)] = float.NaN;

        var run = Extract(ImageVolume.Create(Grid, values), Cube());

        AssertBadInput(run, "image has NaN or infinite values inside the ROI");
    }

    [Fact]
    public void FractionalMaskIsRefused()
    {
        var mask = new float[Grid.VoxelCount];
        mask[Index(3, 3, 1)] = 1f;
        mask[Index(4, 3, 1)] = 0.5f;

        var run = Extract(Image(), ImageVolume.Create(Grid, mask));

        AssertBadInput(run, "mask has non-integer values");
    }

    [Fact]
    public void MaskOnAnotherGridIsRefused()
    {
        var shifted = new ImageGeometry(Grid.Size, Grid.Spacing, new Vec3(0.5, 0, 0), Grid.Direction);

        var run = Extract(Image(), ImageVolume.Create(shifted, Cube().Voxels<byte>().ToArray()));

        AssertBadInput(run, "image and mask geometry do not match: origin");
    }

    private CliRun Extract(ImageVolume image, ImageVolume mask)
    {
        var imagePath = _temp.File("image.nrrd");
        var maskPath = _temp.File("mask.nrrd");
        NrrdWriter.Write(image, imagePath);
        NrrdWriter.Write(mask, maskPath);
        return CliRun.Of("extract", "--image", imagePath, "--mask", maskPath, "--out", _temp.File("features.csv"));
    }

    private void AssertBadInput(CliRun run, string message)
    {
        Assert.Equal(2, run.ExitCode);
        Assert.Single(run.ErrorLines);
        Assert.StartsWith("error: ", run.Error, StringComparison.Ordinal);
        Assert.Contains(message, run.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(_temp.File("features.csv")));
        Assert.DoesNotContain(Directory.GetFiles(_temp.Path), f => f.EndsWith(".tmp", StringComparison.Ordinal));
    }

    private static ImageVolume Image()
    {
        var values = new short[Grid.VoxelCount];
        for (var i = 0; i < values.Length; i++)
        {
            values[i] = (short)(i % 17 * 10);
        }

        return ImageVolume.Create(Grid, values);
    }

    private static ImageVolume Cube()
    {
        var mask = new byte[Grid.VoxelCount];
        for (var z = 1; z < 3; z++)
        {
            for (var y = 2; y < 6; y++)
            {
                for (var x = 2; x < 6; x++)
                {
                    mask[Index(x, y, z)] = 1;
                }
            }
        }

        return ImageVolume.Create(Grid, mask);
    }

    private static int Index(int x, int y, int z) => x + Grid.Size.X * (y + Grid.Size.Y * z);
}
