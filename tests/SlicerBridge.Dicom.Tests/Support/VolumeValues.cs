using SlicerBridge.Imaging;

namespace SlicerBridge.Dicom.Tests.Support;

/// <summary>
/// Voxel values by the volume's declared type. ImageVolume.ToDoubleArray is not used because its type
/// switch tests ushort[] before short[], and the CLR treats a short[] as a ushort[] (reported to the lead).
/// </summary>
internal static class VolumeValues
{
    public static double[] Of(ImageVolume volume) => volume.PixelType switch
    {
        PixelType.Int16 => volume.Voxels<short>().ToArray().Select(v => (double)v).ToArray(),
        PixelType.Float32 => volume.Voxels<float>().ToArray().Select(v => (double)v).ToArray(),
        _ => throw new InvalidOperationException("unexpected voxel type " + volume.PixelType),
    };
}
